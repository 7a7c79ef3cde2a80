namespace ContainerLint.Core.Shell;

using System.Text;
using System.Text.RegularExpressions;

/// <summary>
/// The shell wildcard patterns of <c>${VAR#pat}</c>, <c>${VAR%pat}</c> and <c>${VAR/pat/repl}</c>
/// as BuildKit implements them: <c>*</c> and <c>?</c> only (no bracket expressions), translated
/// to a regular expression with leftmost-first semantics.
/// </summary>
internal static class ShellPattern
{
    /// <summary>Both results of a pattern operation; <see cref="Error"/> is set when the pattern is invalid.</summary>
    internal readonly record struct Outcome(string Value, string? Error);

    // Non-backtracking keeps the work linear in the value length whatever the pattern;
    // it reports the same (leftmost-first) matches as a backtracking engine.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>Translates a pattern; null with <paramref name="error"/> set when it holds an invalid escape.</summary>
    internal static Regex? ToRegex(string pattern, bool greedy, bool anchored, out string? error)
    {
        error = null;
        var sb = new StringBuilder(pattern.Length + 4);
        if (anchored) sb.Append('^');
        var star = greedy ? ".*" : ".*?";
        for (var i = 0; i < pattern.Length; i++)
        {
            var ch = pattern[i];
            switch (ch)
            {
                case '*':
                    sb.Append(star);
                    continue;
                case '?':
                    sb.Append('.');
                    continue;
                case '\\':
                    // An escaped } or / was only escaped for ${…}; the escape is not part of the pattern.
                    if (i + 1 < pattern.Length && (pattern[i + 1] == '}' || pattern[i + 1] == '/')) continue;
                    if (i + 1 >= pattern.Length || (pattern[i + 1] != '*' && pattern[i + 1] != '?' && pattern[i + 1] != '\\'))
                    {
                        error = i + 1 >= pattern.Length ? "invalid escape at end of pattern" : $"invalid escape '\\{pattern[i + 1]}'";
                        return null;
                    }
                    sb.Append('\\').Append(pattern[++i]);
                    continue;
                case '[' or ']' or '{' or '}' or '.' or '+' or '(' or ')' or '|' or '^' or '$':
                    sb.Append('\\').Append(ch);
                    continue;
                case '#' or ' ' or '\t' or '\n' or '\r' or '\f' or '\v':
                    // Literal in .NET too without IgnorePatternWhitespace; escaped for clarity.
                    sb.Append(Regex.Escape(ch.ToString()));
                    continue;
                default:
                    sb.Append(ch);
                    continue;
            }
        }
        return new Regex(sb.ToString(), Options);
    }

    internal static Outcome TrimPrefix(string pattern, string value, bool greedy)
    {
        var re = ToRegex(pattern, greedy, anchored: true, out var error);
        if (re is null) return new Outcome("", error);
        var m = re.Match(value);
        return new Outcome(m.Success ? value[(m.Index + m.Length)..] : value, null);
    }

    /// <summary>Shortest/longest suffix removal by reversing both value and pattern (escape pairs kept in order).</summary>
    internal static Outcome TrimSuffix(string pattern, string value, bool greedy)
    {
        var trimmed = TrimPrefix(ReversePattern(pattern), ReverseString(value), greedy);
        return trimmed.Error is null ? new Outcome(ReverseString(trimmed.Value), null) : trimmed;
    }

    internal static Outcome Replace(string value, string pattern, string replacement, bool all)
    {
        var re = ToRegex(pattern, greedy: true, anchored: false, out var error);
        if (re is null) return new Outcome("", error);
        if (!all)
        {
            var m = re.Match(value);
            return new Outcome(m.Success ? string.Concat(value.AsSpan(0, m.Index), replacement, value.AsSpan(m.Index + m.Length)) : value, null);
        }

        // Go's Regexp.ReplaceAllString: an empty match right after the previous match is not replaced,
        // and the replacement is a template ($0, $$, ${name}).
        var sb = new StringBuilder();
        var lastMatchEnd = 0;
        var searchPos = 0;
        while (searchPos <= value.Length)
        {
            var m = re.Match(value, searchPos);
            if (!m.Success) break;
            var mEnd = m.Index + m.Length;
            sb.Append(value, lastMatchEnd, m.Index - lastMatchEnd);
            if (mEnd > lastMatchEnd || m.Index == 0) ExpandTemplate(sb, replacement, m.Value);
            lastMatchEnd = mEnd;
            var width = searchPos < value.Length && char.IsHighSurrogate(value[searchPos]) && searchPos + 1 < value.Length ? 2 : 1;
            searchPos = searchPos + width > mEnd ? searchPos + width : (searchPos + 1 > mEnd ? searchPos + 1 : mEnd);
        }
        if (lastMatchEnd < value.Length) sb.Append(value, lastMatchEnd, value.Length - lastMatchEnd);
        return new Outcome(sb.ToString(), null);
    }

    /// <summary>Go's Regexp.Expand for a regex without groups: $0 / ${0} is the match, $$ is $, other names are empty.</summary>
    private static void ExpandTemplate(StringBuilder sb, string template, string match)
    {
        var i = 0;
        while (i < template.Length)
        {
            var dollar = template.IndexOf('$', i);
            if (dollar < 0)
            {
                sb.Append(template, i, template.Length - i);
                return;
            }
            sb.Append(template, i, dollar - i);
            i = dollar + 1;
            if (i < template.Length && template[i] == '$')
            {
                sb.Append('$');
                i++;
                continue;
            }
            var brace = i < template.Length && template[i] == '{';
            var nameStart = brace ? i + 1 : i;
            var j = nameStart;
            while (j < template.Length && (char.IsLetterOrDigit(template[j]) || template[j] == '_')) j++;
            if (j == nameStart || (brace && (j >= template.Length || template[j] != '}')))
            {
                sb.Append('$'); // malformed: the $ is literal
                continue;
            }
            var name = template[nameStart..j];
            if (name == "0") sb.Append(match);
            i = brace ? j + 1 : j;
        }
    }

    internal static string ReverseString(string s)
    {
        var runes = s.EnumerateRunes().ToArray();
        Array.Reverse(runes);
        var sb = new StringBuilder(s.Length);
        foreach (var r in runes) sb.Append(r.ToString());
        return sb.ToString();
    }

    /// <summary>Reverses a pattern but keeps each escape pair in order: <c>a\*c</c> becomes <c>c\*a</c>.</summary>
    internal static string ReversePattern(string pattern)
    {
        var runes = pattern.EnumerateRunes().ToArray();
        var output = new Rune[runes.Length];
        var last = runes.Length - 1;
        for (var i = 0; i <= last;)
        {
            var outIdx = last - i;
            if (runes[i].Value == '\\' && i != last)
            {
                output[outIdx - 1] = runes[i];
                output[outIdx] = runes[i + 1];
                i += 2;
            }
            else
            {
                output[outIdx] = runes[i];
                i++;
            }
        }
        var sb = new StringBuilder(pattern.Length);
        foreach (var r in output) sb.Append(r.ToString());
        return sb.ToString();
    }
}
