namespace ContainerLint.Core.Shell;

using System.Text;
using ContainerLint.Core.Text;

/// <summary>
/// The shell wildcard patterns of <c>${VAR#pat}</c>, <c>${VAR%pat}</c> and <c>${VAR/pat/repl}</c>
/// as BuildKit implements them: <c>*</c> and <c>?</c> only (no bracket expressions), compiled by
/// BuildKit to a Go regular expression with leftmost-first semantics in which <c>*</c> and <c>?</c>
/// do not match a line feed. The same matches come from <see cref="WildcardPattern"/>, which needs
/// no regex engine (a long pattern once made the non-backtracking engine throw) and counts its work
/// against the file's <see cref="ExpansionBudget"/>.
/// </summary>
internal static class ShellPattern
{
    /// <summary>Both results of a pattern operation; <see cref="Error"/> is set when the pattern is invalid or too costly.</summary>
    internal readonly record struct Outcome(string Value, string? Error, bool LimitExceeded = false);

    private const string TooCostly = "the pattern is too costly to match against this value";

    /// <summary>Compiles a pattern; null with <paramref name="error"/> set when it holds an invalid escape.</summary>
    internal static WildcardPattern? Compile(string pattern, out string? error)
    {
        error = null;
        var builder = new WildcardPattern.Builder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var ch = pattern[i];
            switch (ch)
            {
                case '*':
                    builder.Star();
                    continue;
                case '?':
                    builder.Any();
                    continue;
                case '\\':
                    // An escaped } or / was only escaped for ${…}; the escape is not part of the pattern.
                    if (i + 1 < pattern.Length && (pattern[i + 1] == '}' || pattern[i + 1] == '/')) continue;
                    if (i + 1 >= pattern.Length || (pattern[i + 1] != '*' && pattern[i + 1] != '?' && pattern[i + 1] != '\\'))
                    {
                        error = i + 1 >= pattern.Length ? "invalid escape at end of pattern" : $"invalid escape '\\{pattern[i + 1]}'";
                        return null;
                    }

                    builder.Literal(pattern[++i]);
                    continue;
                default:
                    builder.Literal(ch);
                    continue;
            }
        }

        return builder.Build(WildcardPatternOptions.WildcardsSkipNewline);
    }

    internal static Outcome TrimPrefix(string pattern, string value, bool greedy, ExpansionBudget budget)
    {
        var compiled = Compile(pattern, out var error);
        if (compiled is null) return new Outcome("", error);
        var start = budget.Allowance;
        var allowance = start;
        var end = compiled.MatchPrefix(value, greedy, ref allowance);
        budget.Charge(start, allowance);
        if (Failed(end) is { } failed) return failed;
        return new Outcome(end >= 0 ? value[end..] : value, null);
    }

    /// <summary>Shortest/longest suffix removal by reversing both value and pattern (escape pairs kept in order).</summary>
    internal static Outcome TrimSuffix(string pattern, string value, bool greedy, ExpansionBudget budget)
    {
        var trimmed = TrimPrefix(ReversePattern(pattern), ReverseString(value), greedy, budget);
        return trimmed.Error is null ? new Outcome(ReverseString(trimmed.Value), null) : trimmed;
    }

    internal static Outcome Replace(string value, string pattern, string replacement, bool all, ExpansionBudget budget)
    {
        var compiled = Compile(pattern, out var error);
        if (compiled is null) return new Outcome("", error);
        var startAllowance = budget.Allowance;
        var allowance = startAllowance;
        try
        {
            if (!all)
            {
                var (start, end) = compiled.Find(value, 0, ref allowance);
                if (Failed(start) is { } failed) return failed;
                return new Outcome(start >= 0 ? string.Concat(value.AsSpan(0, start), replacement, value.AsSpan(end)) : value, null);
            }

            // Go's Regexp.ReplaceAllString: an empty match right after the previous match is not replaced,
            // and the replacement is a template ($0, $$, ${name}).
            var sb = new StringBuilder();
            var lastMatchEnd = 0;
            var searchPos = 0;
            while (searchPos <= value.Length)
            {
                var (mStart, mEnd) = compiled.Find(value, searchPos, ref allowance);
                if (Failed(mStart) is { } failed) return failed;
                if (mStart < 0) break;
                sb.Append(value, lastMatchEnd, mStart - lastMatchEnd);
                if (mEnd > lastMatchEnd || mStart == 0) ExpandTemplate(sb, replacement, value[mStart..mEnd]);
                lastMatchEnd = mEnd;
                var width = searchPos < value.Length && char.IsHighSurrogate(value[searchPos]) && searchPos + 1 < value.Length ? 2 : 1;
                searchPos = searchPos + width > mEnd ? searchPos + width : (searchPos + 1 > mEnd ? searchPos + 1 : mEnd);

                // The result is a value like any other: past the cap it is unresolved.
                allowance -= replacement.Length + 1;
                if (allowance < 0 || sb.Length > (long)value.Length + budget.MaxValueLength) return new Outcome("", TooCostly, LimitExceeded: true);
            }

            if (lastMatchEnd < value.Length) sb.Append(value, lastMatchEnd, value.Length - lastMatchEnd);
            return new Outcome(sb.ToString(), null);
        }
        finally
        {
            budget.Charge(startAllowance, allowance);
        }
    }

    private static Outcome? Failed(int result) => result switch
    {
        WildcardPattern.Exhausted => new Outcome("", TooCostly, LimitExceeded: true),
        WildcardPattern.Unsupported => new Outcome("", "a pattern holding a line break is not supported", LimitExceeded: true),
        _ => null,
    };

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
