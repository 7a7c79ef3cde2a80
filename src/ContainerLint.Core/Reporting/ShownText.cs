namespace ContainerLint.Core.Reporting;

using System.Globalization;
using System.Text;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>
/// What reporters show of a file and of free text, shared by every format so none can be turned against its
/// reader: source is shown only as a window around the finding's span (one 64 KB RUN line with many findings
/// made 990 MB of text and 671 MB of SARIF, each finding repeating the whole line), and the human-readable
/// formats escape control characters (an ESC sequence in a manifest retitled the terminal, a line feed in a
/// file name forged compiler lines). The text given here is already redacted (<see cref="RedactedSources"/>).
/// </summary>
public static class ShownText
{
    /// <summary>Characters shown on each side of a span on a long line.</summary>
    public const int Context = 60;

    /// <summary>The longest span shown in full; a longer one is cut, and SARIF leaves its snippet out.</summary>
    public const int MaxSpan = 200;

    /// <summary>Lines up to this length are shown whole.</summary>
    public const int MaxWholeLine = (2 * Context) + MaxSpan;

    /// <summary>The longest context SARIF gets: a few whole lines, never a whole 20,000-line RUN.</summary>
    private const int MaxContextLines = 5;

    private const string Cut = "…";

    /// <summary>
    /// <paramref name="text"/> with every control character written as an escape (<c>\x1b</c>, <c>\n</c>, <c>\u2028</c>):
    /// C0 and C1 controls, DEL, Unicode line and paragraph separators and bidirectional overrides (which can reorder
    /// what a terminal shows). Tabs are kept unless <paramref name="keepTabs"/> is false.
    /// </summary>
    public static string Escape(string text, bool keepTabs = true)
    {
        var i = 0;
        while (i < text.Length && !NeedsEscape(text, i, keepTabs)) i++;
        if (i == text.Length) return text;
        var sb = new StringBuilder(text.Length + 16).Append(text, 0, i);
        for (; i < text.Length; i++) AppendEscaped(sb, text, i, keepTabs);
        return sb.ToString();
    }

    /// <summary>
    /// The finding's line as the text format prints it and the caret line under it: the whole line when short,
    /// else a window of <see cref="Context"/> characters around the span (at most <see cref="MaxSpan"/> of it),
    /// with <c>…</c> where it is cut; control characters escaped, carets under the escaped text.
    /// </summary>
    public static (string Line, string Caret) Line(SourceText source, SourceSpan span)
    {
        var line = source.GetLine(span.Line);
        var start = Math.Clamp(span.Column - 1, 0, line.Length);
        var end = span.EndLine == span.Line ? Math.Clamp(span.EndColumn - 1, start, line.Length) : line.Length;
        var (from, to) = Window(line.Length, start, end);
        var shownEnd = line.Length > MaxWholeLine ? Math.Min(Math.Min(end, start + MaxSpan), to) : Math.Min(end, to);
        var text = new StringBuilder();
        var caret = new StringBuilder();
        if (from > 0)
        {
            text.Append(Cut);
            caret.Append(' ');
        }

        for (var i = from; i < to; i++)
        {
            var before = text.Length;
            AppendEscaped(text, line, i, keepTabs: true);
            var width = text.Length - before;
            if (i < start) caret.Append(line[i] == '\t' ? "\t" : new string(' ', width));
            else if (i == start || i < shownEnd) caret.Append(i == start ? '^' : '~').Append('~', width - 1);
        }

        if (start >= to) caret.Append('^');
        if (to < line.Length) text.Append(Cut);
        return (text.ToString(), caret.ToString());
    }

    /// <summary>The text of a SARIF region: the span's text when it is at most <see cref="MaxSpan"/> characters, else null (a cut snippet would not match its region).</summary>
    public static string? RegionSnippet(SourceText source, SourceSpan span)
    {
        if (span.IsEmpty || span.Line > source.LineCount) return null;
        var start = source.GetOffset(span.Line, span.Column);
        var end = source.GetOffset(span.EndLine, span.EndColumn);
        return end > start && end - start <= MaxSpan ? source.Text[start..end] : null;
    }

    /// <summary>
    /// A SARIF context region around the span: its whole lines when they are short and few, else a window of the
    /// start line around the span (as <see cref="Line"/> shows it, without escapes), or null when there is nothing to show.
    /// </summary>
    public static (int StartLine, int StartColumn, int EndLine, int EndColumn, string Text)? ContextRegion(SourceText source, SourceSpan span)
    {
        if (span.Line < 1 || span.Line > source.LineCount) return null;
        var endLine = Math.Min(Math.Max(span.EndLine, span.Line), source.LineCount);
        if (endLine - span.Line < MaxContextLines)
        {
            var whole = true;
            var length = 0;
            for (var l = span.Line; l <= endLine && whole; l++)
            {
                length += source.GetLine(l).Length + 1;
                whole = source.GetLine(l).Length <= MaxWholeLine;
            }

            if (whole && length > 1)
            {
                var lines = Enumerable.Range(span.Line, endLine - span.Line + 1).Select(source.GetLineString).ToList();
                return (span.Line, 1, endLine, lines[^1].Length + 1, string.Join("\n", lines));
            }
        }

        // One line, cut around the span; it must hold the region, so only for a span that fits.
        if (span.EndLine != span.Line || span.EndColumn - span.Column > MaxSpan) return null;
        var line = source.GetLine(span.Line);
        var start = Math.Clamp(span.Column - 1, 0, line.Length);
        var (from, to) = Window(line.Length, start, Math.Clamp(span.EndColumn - 1, start, line.Length));
        return to > from ? (span.Line, from + 1, span.Line, to + 1, line[from..to].ToString()) : null;
    }

    /// <summary>The part of a line of <paramref name="length"/> shown for the span [start, end).</summary>
    private static (int From, int To) Window(int length, int start, int end)
    {
        if (length <= MaxWholeLine) return (0, length);
        var from = Math.Max(0, start - Context);
        var to = Math.Min(length, Math.Min(end, start + MaxSpan) + Context);
        return (from, Math.Max(to, Math.Min(length, start + 1)));
    }

    /// <summary>Controls, separators and direction overrides; also U+FFFE/U+FFFF and a surrogate without its pair (not text, and not allowed in XML).</summary>
    private static bool NeedsEscape(ReadOnlySpan<char> text, int i, bool keepTabs)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c)) return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        if (char.IsLowSurrogate(c)) return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        return (c < ' ' && !(keepTabs && c == '\t')) || c is '\u007f' or (>= '\u0080' and <= '\u009f') or '\u2028' or '\u2029'
            or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069') or '\u200e' or '\u200f' or '\u061c' or '\ufffe' or '\uffff';
    }

    private static void AppendEscaped(StringBuilder sb, ReadOnlySpan<char> text, int i, bool keepTabs)
    {
        var c = text[i];
        if (!NeedsEscape(text, i, keepTabs))
        {
            sb.Append(c);
            return;
        }

        sb.Append(c switch
        {
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            < '\u0100' => "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
            _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
        });
    }
}
