namespace ContainerLint.Core.Dockerfile;

using System.Text;

/// <summary>
/// BuildKit's <c>parseWords</c> for ARG/ENV/LABEL: whitespace separates words, quotes group (and
/// stay in the word), the escape character is kept with the character after it.
/// </summary>
public static class WordSplitter
{
    /// <summary>A word with its [Start, End) offsets in the split text.</summary>
    public readonly record struct Word(string Text, int Start, int End);

    public static List<Word> Split(string text, char escape) => Split(text, 0, text.Length, escape);

    internal static List<Word> Split(string text, int start, int end, char escape)
    {
        var words = new List<Word>();
        var sb = new StringBuilder();
        var inWord = false;
        var inQuote = false;
        var quote = '\0';
        var blankOk = false;
        var wordStart = start;
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
                wordStart = pos;
            }

            if (!inQuote)
            {
                if (char.IsWhiteSpace(ch))
                {
                    if (blankOk || sb.Length > 0) words.Add(new Word(sb.ToString(), wordStart, pos));
                    sb.Clear();
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

                    sb.Append(ch);
                    pos++;
                    ch = text[pos];
                }

                sb.Append(ch);
                pos++;
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

                sb.Append(ch);
                pos++;
                ch = text[pos];
            }

            sb.Append(ch);
            pos++;
        }

        if (inWord && (blankOk || sb.Length > 0)) words.Add(new Word(sb.ToString(), wordStart, pos));
        return words;
    }
}
