namespace ContainerLint.Core.Dockerfile;

/// <summary>
/// BuildKit's <c>parseWords</c> for ARG/ENV/LABEL: whitespace separates words, quotes group (and
/// stay in the word), the escape character is kept with the character after it.
/// </summary>
public static class WordSplitter
{
    /// <summary>A word with its [Start, End) offsets in the split text.</summary>
    public readonly record struct Word(string Text, int Start, int End);

    /// <summary>
    /// A word as offsets only: its text is <c>text[Start..TextEnd]</c>, and <see cref="End"/> is where the scan stopped
    /// (one past <see cref="TextEnd"/> when a lone escape character at the very end was dropped).
    /// </summary>
    internal readonly record struct Range(int Start, int TextEnd, int End)
    {
        public int Length => TextEnd - Start;
    }

    public static List<Word> Split(string text, char escape) => Split(text, 0, text.Length, escape);

    internal static List<Word> Split(string text, int start, int end, char escape)
    {
        var ranges = SplitRanges(text, start, end, escape, []);
        var words = new List<Word>(ranges.Count);
        foreach (var r in ranges) words.Add(new Word(text.Substring(r.Start, r.Length), r.Start, r.End));
        return words;
    }

    /// <summary>
    /// The words of text[start, end) as offsets. Every character from a word's start is kept (quotes, escape characters and
    /// what they escape, blanks inside quotes) until an unquoted blank, so a word's text is one piece of the input; only a
    /// lone escape character at the very end is dropped. The words go to <paramref name="words"/> (cleared first), which is returned.
    /// </summary>
    internal static List<Range> SplitRanges(ReadOnlySpan<char> text, int start, int end, char escape, List<Range> words)
    {
        words.Clear();
        var inWord = false;
        var inQuote = false;
        var quote = '\0';
        var blankOk = false;
        var wordStart = start;
        var textEnd = start;
        var pos = start;
        while (pos < end)
        {
            var ch = text[pos];
            if (!inWord)
            {
                if (char.IsWhiteSpace(ch))
                {
                    pos++;
                    continue;
                }

                inWord = true;
                wordStart = textEnd = pos;
            }

            if (!inQuote)
            {
                if (char.IsWhiteSpace(ch))
                {
                    if (blankOk || textEnd > wordStart) words.Add(new Range(wordStart, textEnd, pos));
                    blankOk = false;
                    inWord = false;
                    pos++;
                    continue;
                }

                if (ch is '\'' or '"')
                {
                    quote = ch;
                    blankOk = true;
                    inQuote = true;
                }

                if (ch == escape)
                {
                    if (pos + 1 == end)
                    {
                        pos++;
                        continue; // a lone escape at the very end is dropped
                    }

                    pos++;
                }

                textEnd = ++pos;
                continue;
            }

            if (ch == quote) inQuote = false;
            if (ch == escape && quote != '\'')
            {
                if (pos + 1 == end)
                {
                    inQuote = false;
                    pos++;
                    continue;
                }

                pos++;
            }

            textEnd = ++pos;
        }

        if (inWord && (blankOk || textEnd > wordStart)) words.Add(new Range(wordStart, textEnd, pos));
        return words;
    }
}
