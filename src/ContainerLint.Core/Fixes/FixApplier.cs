namespace ContainerLint.Core.Fixes;

using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>
/// Applies the fixes of one lint pass to the text that was linted. A fix is taken whole or not at all: its edits
/// must lie inside the text and must not touch an edit of a fix taken before it (two insertions at one place, or an
/// insertion at the edge of a replacement, count as touching: their order would be a guess). What is left over is
/// fixed by the next pass, against the new text (<see cref="FileFixer"/>).
/// </summary>
public static class FixApplier
{
    /// <summary>The text with the fixes applied (in the order given, first come first served), and the indexes of the fixes taken.</summary>
    public static (string Text, IReadOnlyList<int> Applied) Apply(SourceText source, IReadOnlyList<Fix> fixes)
    {
        var taken = new List<(int Start, int End, string Replacement)>();
        var applied = new List<int>();
        for (var i = 0; i < fixes.Count; i++)
        {
            if (Resolve(source, fixes[i]) is not { } edits || edits.Any(e => taken.Any(t => Touch(e.Start, e.End, t.Start, t.End)))) continue;
            taken.AddRange(edits);
            applied.Add(i);
        }

        if (taken.Count == 0) return (source.Text, applied);
        taken.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var text = source.Text;
        var sb = new System.Text.StringBuilder(text.Length + 64);
        var at = 0;
        foreach (var (start, end, replacement) in taken)
        {
            sb.Append(text, at, start - at).Append(replacement);
            at = end;
        }

        return (sb.Append(text, at, text.Length - at).ToString(), applied);
    }

    /// <summary>The fix's edits as offsets, or null when one lies outside the text or two of them touch.</summary>
    private static List<(int Start, int End, string Replacement)>? Resolve(SourceText source, Fix fix)
    {
        var edits = new List<(int Start, int End, string Replacement)>(fix.Edits.Count);
        foreach (var edit in fix.Edits)
        {
            if (Offset(source, edit.Span.Line, edit.Span.Column) is not { } start || Offset(source, edit.Span.EndLine, edit.Span.EndColumn) is not { } end || end < start) return null;
            if (edits.Any(e => Touch(start, end, e.Start, e.End))) return null;
            edits.Add((start, end, edit.Replacement));
        }

        return edits.Count == 0 ? null : edits;
    }

    /// <summary>The offset of a position that exists in the text: on a line, at most one past its last character.</summary>
    private static int? Offset(SourceText source, int line, int column)
    {
        if (line < 1 || line > source.LineCount || column < 1 || column > source.GetLine(line).Length + 1) return null;
        return source.GetOffset(line, column);
    }

    private static bool Touch(int start, int end, int otherStart, int otherEnd) =>
        start == end || otherStart == otherEnd ? start <= otherEnd && otherStart <= end : start < otherEnd && otherStart < end;
}
