namespace ContainerLint.Core.Dockerfile;

using System.Text;
using Sprache;

/// <summary>
/// Heredoc markers as BuildKit finds them: the instruction line is split into shell words (quotes
/// and escapes kept raw, <c>&lt;&lt;</c> followed by blanks glued to the next word), and every word
/// shaped <c>[digits]&lt;&lt;[-]WORD</c> opens a heredoc.
/// </summary>
public static class HeredocMarker
{
    /// <summary>A parsed marker: the terminator name, whether the body is expanded, chomp and fd.</summary>
    public sealed record Info(string Name, bool Expand, bool Chomp, int? FileDescriptor);

    /// <summary>A marker word's shape, <c>^(\d*)&lt;&lt;(-?)([^&lt;]*)$</c>, as a Sprache grammar.</summary>
    private static readonly Parser<(string Fd, bool Chomp, string Body)> Shape =
        from fd in Parse.Digit.Many().Text()
        from open in Parse.String("<<")
        from chomp in Parse.Char('-').Optional()
        from rest in Parse.CharExcept('<').Many().Text().End()
        select (fd, chomp.IsDefined, rest);

    internal readonly record struct RawWord(string Text, int Start, int End);

    /// <summary>
    /// Parses one marker word (<c>&lt;&lt;EOF</c>, <c>4&lt;&lt;-'EOF'</c>). Returns null when the word is not a
    /// heredoc; sets <paramref name="error"/> for unbalanced quotes.
    /// </summary>
    public static Info? TryParse(string word, out string? error)
    {
        error = null;
        if (!word.Contains("<<", StringComparison.Ordinal)) return null;
        var shape = Shape.TryParse(word);
        if (!shape.WasSuccessful) return null;
        var (fdText, chomp, rest) = shape.Value;
        if (rest.Length == 0) return null;

        if (!Lex(rest, rawQuotes: false, out var words, out error)) return null;
        if (words.Count != 1) return null;
        if (!Lex(rest, rawQuotes: true, out var rawWords, out error)) return null;
        if (rawWords.Count != 1)
        {
            error = $"internal lexing of heredoc produced inconsistent results: {rest}";
            return null;
        }

        var name = words[0].Text;
        var expand = CountQuotes(name) == CountQuotes(rawWords[0].Text);
        int? fd = fdText.Length > 0 && int.TryParse(fdText, out var n) ? n : null;
        return new Info(name, expand, chomp, fd);
    }

    private static int CountQuotes(string s) => s.Count(c => c is '\'' or '"');

    /// <summary>The raw shell words of an instruction line (quotes and escapes kept), or null when a quote is unbalanced.</summary>
    internal static List<RawWord>? LineWords(string line)
    {
        return LexWords(line, rawQuotes: true, rawEscapes: true, glueHeredoc: true, out var words, out _) ? words : null;
    }

    private static bool Lex(string text, bool rawQuotes, out List<RawWord> words, out string? error) =>
        LexWords(text, rawQuotes, rawEscapes: false, glueHeredoc: false, out words, out error);

    /// <summary>
    /// BuildKit's shell word lexer with no environment and unset variables kept as written
    /// (heredoc names are never expanded), escape character <c>\</c>.
    /// </summary>
    private static bool LexWords(string text, bool rawQuotes, bool rawEscapes, bool glueHeredoc, out List<RawWord> words, out string? error)
    {
        words = [];
        error = null;
        var sb = new StringBuilder();
        var inWord = false;
        var start = 0;
        var p = 0;

        void Begin(int at)
        {
            if (inWord) return;
            inWord = true;
            start = at;
        }

        while (p < text.Length)
        {
            var ch = text[p];
            if (char.IsWhiteSpace(ch))
            {
                if (inWord && glueHeredoc && IsOpenMarker(sb))
                {
                    sb.Append(ch);
                    p++;
                    continue;
                }

                if (inWord && sb.Length > 0) words.Add(new RawWord(sb.ToString(), start, p));
                sb.Clear();
                inWord = false;
                p++;
                continue;
            }

            Begin(p);
            if (ch == '\'')
            {
                var close = text.IndexOf('\'', p + 1);
                if (close < 0)
                {
                    error = "unexpected end of statement while looking for matching single-quote";
                    return false;
                }

                if (rawQuotes) sb.Append(text, p, close - p + 1);
                else sb.Append(text, p + 1, close - p - 1);
                p = close + 1;
                continue;
            }

            if (ch == '"')
            {
                if (rawQuotes) sb.Append('"');
                p++;
                var closed = false;
                while (p < text.Length)
                {
                    var c = text[p];
                    if (c == '"')
                    {
                        if (rawQuotes) sb.Append('"');
                        p++;
                        closed = true;
                        break;
                    }

                    if (c == '\\' && p + 1 < text.Length && text[p + 1] is '"' or '$' or '\\')
                    {
                        if (rawEscapes) sb.Append('\\');
                        sb.Append(text[p + 1]);
                        p += 2;
                        continue;
                    }

                    if (c == '\\' && p + 1 == text.Length)
                    {
                        p++;
                        continue;
                    }

                    sb.Append(c);
                    p++;
                }

                if (!closed)
                {
                    error = "unexpected end of statement while looking for matching double-quote";
                    return false;
                }

                continue;
            }

            if (ch == '\\')
            {
                if (p + 1 == text.Length)
                {
                    p++;
                    break;
                }

                if (rawEscapes) sb.Append('\\');
                sb.Append(text[p + 1]);
                p += 2;
                continue;
            }

            sb.Append(ch);
            p++;
        }

        if (inWord && sb.Length > 0) words.Add(new RawWord(sb.ToString(), start, p));
        return true;
    }

    /// <summary><c>&lt;&lt;</c>, <c>&lt;&lt;-</c> or <c>4&lt;&lt;</c> alone: BuildKit glues the following blanks and word to it.</summary>
    private static bool IsOpenMarker(StringBuilder sb)
    {
        var i = 0;
        while (i < sb.Length && char.IsAsciiDigit(sb[i])) i++;
        if (i + 2 > sb.Length || sb[i] != '<' || sb[i + 1] != '<') return false;
        i += 2;
        if (i < sb.Length && sb[i] == '-') i++;
        while (i < sb.Length && char.IsWhiteSpace(sb[i])) i++;
        return i == sb.Length;
    }
}
