namespace ContainerLint.Core.Fixes;

using System.Globalization;
using ContainerLint.Core.Model;
using ContainerLint.Core.Reporting;
using ContainerLint.Core.Text;

/// <summary>
/// A unified diff of a fixed file as <c>git diff</c> writes it (<c>diff --git</c>, <c>---</c>/<c>+++</c> headers, hunks with
/// three lines of context, <c>\ No newline at end of file</c>). Lines are compared with their line endings, so a fix
/// that changed one would show. What is printed of each line is what reports print of source: the spans of findings
/// about secrets and every secret the masker finds are blanked (<see cref="RedactedSources"/>), and control
/// characters are escaped (<see cref="ShownText.Escape"/>), so a diff never shows a secret the fix did not write.
/// </summary>
public static class UnifiedDiff
{
    public const int ContextLines = 3;

    /// <summary>Beyond this many changed lines the minimal diff is not searched for: one hunk spans the changed region.</summary>
    private const int MaxSearch = 4096;

    /// <summary>The most cells the search may keep for backtracking (64 MB).</summary>
    private const long MaxTraceCells = 1L << 24;

    public static void Write(TextWriter writer, string path, FixOutcome outcome, IReadOnlyList<string> secretNamePatterns)
    {
        var oldShown = RedactedSources.Redact(new SourceText(outcome.Original), outcome.OriginalFindings, secretNamePatterns).Text;
        var newShown = RedactedSources.Redact(new SourceText(outcome.Fixed), outcome.FixedFindings, secretNamePatterns).Text;
        Write(writer, path, outcome.Original, outcome.Fixed, oldShown, newShown);
    }

    /// <summary>Writes the diff of <paramref name="oldText"/> and <paramref name="newText"/>, printing lines of the shown texts (same line structure).</summary>
    public static void Write(TextWriter writer, string path, string oldText, string newText, string oldShown, string newShown)
    {
        var a = SplitLines(oldText);
        var b = SplitLines(newText);
        var shownA = SplitLines(oldShown);
        var shownB = SplitLines(newShown);
        var ops = Diff(a, b);
        if (ops.All(o => o == Op.Equal)) return;
        var shownPath = ShownText.Escape(path);
        writer.Write($"diff --git a/{shownPath} b/{shownPath}\n--- a/{shownPath}\n+++ b/{shownPath}\n");
        foreach (var (start, end) in Hunks(ops))
        {
            // Where the hunk starts in each file: count the lines before it.
            int ai = 0, bi = 0;
            for (var k = 0; k < start; k++)
            {
                if (ops[k] != Op.Insert) ai++;
                if (ops[k] != Op.Delete) bi++;
            }

            int aCount = 0, bCount = 0;
            for (var k = start; k < end; k++)
            {
                if (ops[k] != Op.Insert) aCount++;
                if (ops[k] != Op.Delete) bCount++;
            }

            writer.Write($"@@ -{Range(ai, aCount)} +{Range(bi, bCount)} @@\n");
            for (var k = start; k < end; k++)
            {
                switch (ops[k])
                {
                    case Op.Equal:
                        Line(writer, ' ', a[ai], shownA[ai]);
                        ai++;
                        bi++;
                        break;
                    case Op.Delete:
                        Line(writer, '-', a[ai], shownA[ai]);
                        ai++;
                        break;
                    default:
                        Line(writer, '+', b[bi], shownB[bi]);
                        bi++;
                        break;
                }
            }
        }
    }

    private enum Op : byte
    {
        Equal,
        Delete,
        Insert,
    }

    private static string Range(int before, int count) => count switch
    {
        0 => before.ToString(CultureInfo.InvariantCulture) + ",0",
        1 => (before + 1).ToString(CultureInfo.InvariantCulture),
        _ => (before + 1).ToString(CultureInfo.InvariantCulture) + "," + count.ToString(CultureInfo.InvariantCulture),
    };

    private static void Line(TextWriter writer, char marker, string line, string shown)
    {
        var body = shown.TrimEnd('\r', '\n');
        writer.Write(marker);
        writer.Write(ShownText.Escape(body));
        writer.Write('\n');
        if (line.Length == 0 || line[^1] is not ('\n' or '\r')) writer.Write("\\ No newline at end of file\n");
    }

    /// <summary>The lines of a text with their terminators (\n, \r\n or a lone \r), as <see cref="SourceText"/> counts them; no empty last line.</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            else if (text[i] is not ('\n' or '\r')) continue;
            lines.Add(text[start..(i + 1)]);
            start = i + 1;
        }

        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }

    /// <summary>Ranges of <paramref name="ops"/> to print: each change with its context, ranges that touch merged.</summary>
    private static List<(int Start, int End)> Hunks(Op[] ops)
    {
        var hunks = new List<(int Start, int End)>();
        for (var k = 0; k < ops.Length; k++)
        {
            if (ops[k] == Op.Equal) continue;
            var start = Math.Max(0, k - ContextLines);
            var last = k;
            while (last + 1 < ops.Length && ops[last + 1] != Op.Equal) last++;
            var end = Math.Min(ops.Length, last + 1 + ContextLines);
            if (hunks.Count > 0 && hunks[^1].End >= start) hunks[^1] = (hunks[^1].Start, end);
            else hunks.Add((start, end));
            k = last;
        }

        return hunks;
    }

    /// <summary>A shortest edit script of a into b (Myers' greedy algorithm, after the common start and end are set aside).</summary>
    private static Op[] Diff(List<string> a, List<string> b)
    {
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix]) suffix++;
        var ops = new List<Op>(a.Count + b.Count);
        ops.AddRange(Enumerable.Repeat(Op.Equal, prefix));
        ops.AddRange(Middle(a, b, prefix, a.Count - suffix, b.Count - suffix));
        ops.AddRange(Enumerable.Repeat(Op.Equal, suffix));
        return [.. ops];
    }

    private static List<Op> Middle(List<string> a, List<string> b, int from, int aEnd, int bEnd)
    {
        int n = aEnd - from, m = bEnd - from, max = n + m;
        var result = new List<Op>(max);
        if (max == 0) return result;
        var offset = max + 1;
        var v = new int[(2 * max) + 3];
        var trace = new List<int[]>();
        for (var d = 0; d <= Math.Min(max, MaxSearch); d++)
        {
            if ((long)(d + 1) * v.Length > MaxTraceCells) break;
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[from + x] == b[from + y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m) return Backtrack(trace, offset, n, m, d);
            }
        }

        // Too many changes to search: every old line out, every new line in.
        result.AddRange(Enumerable.Repeat(Op.Delete, n));
        result.AddRange(Enumerable.Repeat(Op.Insert, m));
        return result;
    }

    private static List<Op> Backtrack(List<int[]> trace, int offset, int n, int m, int depth)
    {
        var ops = new List<Op>(n + m);
        int x = n, y = m;
        for (var d = depth; d > 0; d--)
        {
            var v = trace[d];
            var k = x - y;
            var prevK = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
            var prevX = v[offset + prevK];
            var prevY = prevX - prevK;
            while (x > prevX && y > prevY)
            {
                ops.Add(Op.Equal);
                x--;
                y--;
            }

            ops.Add(x == prevX ? Op.Insert : Op.Delete);
            x = prevX;
            y = prevY;
        }

        while (x > 0 && y > 0)
        {
            ops.Add(Op.Equal);
            x--;
            y--;
        }

        ops.Reverse();
        return ops;
    }
}
