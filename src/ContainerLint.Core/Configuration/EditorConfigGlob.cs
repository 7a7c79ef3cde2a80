namespace ContainerLint.Core.Configuration;

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

/// <summary>
/// An EditorConfig section name (editorconfig.org, "Glob expressions") compiled for matching: <c>*</c> (any characters
/// but <c>/</c>), <c>**</c> (any characters), <c>?</c>, <c>[abc]</c>, <c>[!abc]</c>, <c>{a,b}</c> (nestable),
/// <c>{1..10}</c> and <c>\</c> escapes. A name without <c>/</c> matches a file name in any folder; one with <c>/</c>
/// is a path relative to the <c>.editorconfig</c>'s folder (a leading <c>/</c> only anchors it). Matching is
/// case-sensitive, as on Linux. Compiled to a non-backtracking regular expression, so matching is linear in the path
/// whatever the pattern; a pattern over <see cref="MaxLength"/> characters or one that is malformed matches nothing.
/// </summary>
public sealed class EditorConfigGlob
{
    /// <summary>Longer section names are not compiled (they match nothing).</summary>
    public const int MaxLength = 1024;

    private readonly Regex? _regex;
    private readonly (long From, long To)[] _ranges;

    private EditorConfigGlob(string pattern, Regex? regex, (long, long)[] ranges)
    {
        Pattern = pattern;
        _regex = regex;
        _ranges = ranges;
    }

    /// <summary>The section name as written.</summary>
    public string Pattern { get; }

    public static EditorConfigGlob Parse(string sectionName)
    {
        if (sectionName.Length == 0 || sectionName.Length > MaxLength) return new EditorConfigGlob(sectionName, null, []);
        var ranges = new List<(long, long)>();
        var body = Translate(sectionName, ranges);
        if (body is null) return new EditorConfigGlob(sectionName, null, []);
        var anchored = sectionName.Contains('/', StringComparison.Ordinal);
        // Without a '/', the name matches in any folder below the .editorconfig: "(.*/)?name".
        var pattern = "^" + (anchored ? "" : "(?:.*/)?") + body + "$";
        try
        {
            var regex = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
            return new EditorConfigGlob(sectionName, regex, [.. ranges]);
        }
        catch (ArgumentException)
        {
            return new EditorConfigGlob(sectionName, null, []);
        }
    }

    /// <summary>Whether <paramref name="relativePath"/> ('/'-separated, relative to the .editorconfig's folder) matches.</summary>
    public bool IsMatch(string relativePath)
    {
        if (_regex is null) return false;
        if (_ranges.Length == 0) return _regex.IsMatch(relativePath);
        var match = _regex.Match(relativePath);
        if (!match.Success) return false;
        for (var i = 0; i < _ranges.Length; i++)
        {
            var value = match.Groups["r" + i.ToString(CultureInfo.InvariantCulture)].Value;
            if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) || n < _ranges[i].From || n > _ranges[i].To) return false;
        }

        return true;
    }

    /// <summary>The regular expression of a glob, or null when it is malformed (an unclosed brace).</summary>
    private static string? Translate(string glob, List<(long, long)> ranges)
    {
        var sb = new StringBuilder(glob.Length * 2);
        var braceDepth = 0;
        var i = glob.StartsWith('/') ? 1 : 0;
        for (; i < glob.Length; i++)
        {
            var c = glob[i];
            switch (c)
            {
                case '\\' when i + 1 < glob.Length:
                    sb.Append(Regex.Escape(glob[++i].ToString()));
                    break;
                case '*' when i + 1 < glob.Length && glob[i + 1] == '*':
                    i++;
                    // "a/**/b" also matches "a/b".
                    if (i + 1 < glob.Length && glob[i + 1] == '/' && sb.Length > 0 && sb[^1] == '/')
                    {
                        sb.Append("(?:.*/)?");
                        i++;
                    }
                    else
                    {
                        sb.Append(".*");
                    }

                    break;
                case '*':
                    sb.Append("[^/]*");
                    break;
                case '?':
                    sb.Append("[^/]");
                    break;
                case '[':
                    var close = glob.IndexOf(']', i + 1);
                    var set = close > i + 1 ? glob[(i + 1)..close] : null;
                    if (set is null || set.Contains('/', StringComparison.Ordinal))
                    {
                        sb.Append("\\[");
                        break;
                    }

                    var negate = set[0] is '!' or '^';
                    var members = negate ? set[1..] : set;
                    sb.Append(negate ? "[^/" : "[").Append(members.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal)).Append(']');
                    i = close;
                    break;
                case '{':
                    if (NumericRange(glob, i) is { } range)
                    {
                        sb.Append("(?<r").Append(ranges.Count.ToString(CultureInfo.InvariantCulture)).Append(">[+-]?[0-9]+)");
                        ranges.Add((range.From, range.To));
                        i = range.End;
                        break;
                    }

                    var end = MatchingBrace(glob, i);
                    if (end < 0) return null;
                    // "{single}" is literal braces, as in the reference implementation.
                    if (!glob.AsSpan(i + 1, end - i - 1).Contains(','))
                    {
                        sb.Append(Regex.Escape(glob[i..(end + 1)]));
                        i = end;
                        break;
                    }

                    braceDepth++;
                    sb.Append("(?:");
                    break;
                case ',' when braceDepth > 0:
                    sb.Append('|');
                    break;
                case '}' when braceDepth > 0:
                    braceDepth--;
                    sb.Append(')');
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return braceDepth == 0 ? sb.ToString() : null;
    }

    /// <summary>The index of the '}' closing the brace at <paramref name="open"/>, or -1.</summary>
    private static int MatchingBrace(string glob, int open)
    {
        var depth = 0;
        for (var i = open; i < glob.Length; i++)
        {
            if (glob[i] == '\\')
            {
                i++;
                continue;
            }

            if (glob[i] == '{') depth++;
            else if (glob[i] == '}' && --depth == 0) return i;
        }

        return -1;
    }

    /// <summary><c>{num1..num2}</c> at <paramref name="open"/>: the bounds (in order) and the index of its '}'.</summary>
    private static (long From, long To, int End)? NumericRange(string glob, int open)
    {
        var close = glob.IndexOf('}', open);
        if (close < 0) return null;
        var inner = glob[(open + 1)..close];
        var dots = inner.IndexOf("..", StringComparison.Ordinal);
        if (dots <= 0) return null;
        if (!long.TryParse(inner[..dots], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var a)
            || !long.TryParse(inner[(dots + 2)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var b))
        {
            return null;
        }

        return (Math.Min(a, b), Math.Max(a, b), close);
    }
}
