namespace ContainerLint.Core.Yaml;

/// <summary>
/// A cheap look for flow nesting (<c>[[[[…</c>, <c>{{{{…</c>) beyond a limit before YamlDotNet sees the
/// text: its parser keeps a stack per open collection, and a hostile file must cost nothing.
/// Quotes and comments are skipped so brackets inside strings do not count.
/// </summary>
internal static class DepthPreScan
{
    public static bool Exceeds(string text, int limit, out int offset)
    {
        var depth = 0;
        var quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == '\\' && quote == '"') i++;
                else if (c == quote) quote = '\0';
                continue;
            }

            switch (c)
            {
                case '"' or '\'' when depth > 0 && IsTokenStart(text, i):
                    quote = c;
                    break;
                case '#' when i == 0 || char.IsWhiteSpace(text[i - 1]):
                    while (i < text.Length && text[i] != '\n') i++;
                    break;
                case '[' or '{':
                    if (++depth > limit)
                    {
                        offset = i;
                        return true;
                    }

                    break;
                case ']' or '}':
                    if (depth > 0) depth--;
                    break;
                case '\n' when depth == 0:
                    break;
            }
        }

        offset = 0;
        return false;
    }

    private static bool IsTokenStart(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && text[j] is ' ' or '\t' or '\r' or '\n') j--;
        return j < 0 || text[j] is '[' or '{' or ',' or ':';
    }
}
