namespace ContainerLint.Core.Text;

using ContainerLint.Core.Model;

/// <summary>
/// Decoded file text with a line index, so parsers and reporters can map offsets to 1-based
/// line/column positions and show the offending line. Lines end at "\n", "\r\n" or a lone "\r".
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    // The line found last (see LineIndexOf): a lookup hint, never part of any answer.
    private int _lineHint;

    public SourceText(string text)
    {
        Text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>The text of a 1-based line without its line terminator; empty for a line out of range.</summary>
    public ReadOnlySpan<char> GetLine(int line)
    {
        if (line < 1 || line > _lineStarts.Length) return ReadOnlySpan<char>.Empty;
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return Text.AsSpan(start, end - start);
    }

    public string GetLineString(int line) => GetLine(line).ToString();

    /// <summary>1-based line and column of a 0-based character offset.</summary>
    public (int Line, int Column) GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = LineIndexOf(offset);
        return (index + 1, offset - _lineStarts[index] + 1);
    }

    /// <summary>
    /// The 0-based index of the line holding a (clamped) offset. Parsers and rules ask in file order, mostly on the line
    /// asked last or a few lines below it, so the search starts there. The hint is only ever a starting point checked
    /// against the line index: a stale value read by another thread costs a longer search, never a wrong answer.
    /// </summary>
    private int LineIndexOf(int offset)
    {
        var hint = _lineHint;
        var from = (uint)hint < (uint)_lineStarts.Length && _lineStarts[hint] <= offset ? hint : 0;
        var line = LineFrom(from, offset);
        if (line != hint) _lineHint = line;
        return line;
    }

    /// <summary>The line holding <paramref name="offset"/>, given a line that starts at or before it: a few steps down, then a binary search.</summary>
    private int LineFrom(int line, int offset)
    {
        var starts = _lineStarts;
        var stop = line + 4;
        while (line + 1 < starts.Length && starts[line + 1] <= offset)
        {
            if (++line < stop) continue;

            int lo = line, hi = starts.Length - 1;
            while (lo < hi)
            {
                var mid = (lo + hi + 1) >>> 1;
                if (starts[mid] <= offset) lo = mid;
                else hi = mid - 1;
            }

            return lo;
        }

        return line;
    }

    /// <summary>0-based offset of a 1-based line and column.</summary>
    public int GetOffset(int line, int column)
    {
        if (line < 1) return 0;
        if (line > _lineStarts.Length) return Text.Length;
        return Math.Min(_lineStarts[line - 1] + Math.Max(column, 1) - 1, Text.Length);
    }

    public SourceSpan GetSpan(int startOffset, int endOffset)
    {
        var start = Math.Clamp(startOffset, 0, Text.Length);
        var end = Math.Clamp(Math.Max(startOffset, endOffset), 0, Text.Length);
        var line = LineIndexOf(start);
        var lineStart = _lineStarts[line];

        // Most spans end on the line they start on or a few lines below. The end's line is left out of the hint: the next
        // span usually starts on this one's first line (an instruction's arguments after its whole span), not on its last.
        var endLine = LineFrom(line, end);
        return new SourceSpan(line + 1, start - lineStart + 1, endLine + 1, end - _lineStarts[endLine] + 1);
    }

    /// <summary>A span that covers the whole of a 1-based line (excluding its terminator).</summary>
    public SourceSpan GetLineSpan(int line) => new(line, 1, line, GetLine(line).Length + 1);

    private static int[] ComputeLineStarts(string text)
    {
        // A vectorised search for the next terminator; the line index is built for every file linted.
        var span = text.AsSpan();
        if (span.IndexOf('\r') < 0)
        {
            // The usual file (\n only): count the lines, then fill an exact array (no list growing and copying).
            var exact = new int[span.Count('\n') + 1];
            var at = 0;
            for (var n = 1; n < exact.Length; n++)
            {
                at += span[at..].IndexOf('\n') + 1;
                exact[n] = at;
            }

            return exact;
        }

        var starts = new List<int>(text.Length / 32 + 2) { 0 };
        var i = 0;
        while (true)
        {
            var next = text.AsSpan(i).IndexOfAny('\r', '\n');
            if (next < 0) break;
            i += next;
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            starts.Add(++i);
        }

        return starts.ToArray();
    }
}
