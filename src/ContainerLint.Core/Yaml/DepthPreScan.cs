namespace ContainerLint.Core.Yaml;

using System.Buffers;

/// <summary>
/// A cheap look for flow nesting (<c>[[[[…</c>, <c>{{{{…</c>) beyond a limit before YamlDotNet sees the
/// text: its parser keeps a stack per open collection, and a hostile file must cost nothing.
/// Quotes and comments are skipped so brackets inside strings do not count.
/// </summary>
internal static class DepthPreScan
{
    /// <summary>The only characters the scan acts on outside quotes; everything between them is skipped with a vectorised search.</summary>
    private static readonly SearchValues<char> Significant = SearchValues.Create("\"'#[]{}");

    /// <summary>At depth 0 quotes and closing brackets change nothing: only a comment or an opening bracket matters.</summary>
    private static readonly SearchValues<char> SignificantAtTop = SearchValues.Create("#[{");

    public static bool Exceeds(string text, int limit, out int offset)
    {
        offset = 0;

        // Nesting can never be deeper than the number of opening brackets: most files are done after two vectorised counts.
        if (text.AsSpan().Count('[') + text.AsSpan().Count('{') <= limit) return false;

        var depth = 0;
        var quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            if (quote != '\0')
            {
                // Inside a quoted scalar only its closing quote (and, in double quotes, a backslash escape) matters.
                var rest = text.AsSpan(i);
                var j = quote == '"' ? rest.IndexOfAny('"', '\\') : rest.IndexOf('\'');
                if (j < 0) break;
                i += j;
                if (text[i] == '\\') i++;
                else quote = '\0';
                continue;
            }

            var next = text.AsSpan(i).IndexOfAny(depth == 0 ? SignificantAtTop : Significant);
            if (next < 0) break;
            i += next;
            var c = text[i];
            switch (c)
            {
                case '"' or '\'' when depth > 0 && IsTokenStart(text, i):
                    quote = c;
                    break;
                case '#' when i == 0 || char.IsWhiteSpace(text[i - 1]):
                    var eol = text.IndexOf('\n', i);
                    i = eol < 0 ? text.Length : eol;
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
            }
        }

        return false;
    }

    private static bool IsTokenStart(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && text[j] is ' ' or '\t' or '\r' or '\n') j--;
        return j < 0 || text[j] is '[' or '{' or ',' or ':';
    }
}
