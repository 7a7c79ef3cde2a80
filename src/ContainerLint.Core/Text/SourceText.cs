namespace ContainerLint.Core.Text;

using ContainerLint.Core.Model;

/// <summary>
/// Decoded file text with a line index, so parsers and reporters can map offsets to 1-based
/// line/column positions and show the offending line. Lines end at "\n", "\r\n" or a lone "\r".
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

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
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - _lineStarts[index] + 1);
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
        var (l1, c1) = GetPosition(startOffset);
        var (l2, c2) = GetPosition(Math.Max(startOffset, endOffset));
        return new SourceSpan(l1, c1, l2, c2);
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
