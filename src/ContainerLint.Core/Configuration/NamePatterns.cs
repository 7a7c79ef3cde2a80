namespace ContainerLint.Core.Configuration;

using System.Collections;
using ContainerLint.Core.Text;

/// <summary>
/// The configured <c>secretNamePatterns</c>: the globs as written (it is a list of them), checked and
/// compiled once when the configuration is read, so rules run only the linear
/// <see cref="WildcardPattern"/> matcher on each name (a backtracking regex once timed out inside a rule
/// on <c>*A*A…*B</c> and silently lost that rule's findings).
/// </summary>
public sealed class NamePatterns : IReadOnlyList<string>
{
    /// <summary>Longer patterns are refused: a name pattern is a variable name with a few wildcards.</summary>
    public const int MaxLength = 256;

    private readonly string[] _patterns;
    private readonly WildcardPattern[] _names;
    private readonly WildcardPattern[] _literals;

    public NamePatterns(IEnumerable<string> patterns)
    {
        _patterns = [.. patterns];
        _names = [.. _patterns.Select(p => StarsOnly(p.ToUpperInvariant()))];
        _literals = [.. _patterns.Select(p => WildcardPattern.Compile(p, WildcardPatternOptions.IgnoreCase))];
    }

    public static NamePatterns Empty { get; } = new([]);

    public int Count => _patterns.Length;

    public string this[int index] => _patterns[index];

    /// <summary>Null when <paramref name="pattern"/> is a usable name pattern, else what is wrong with it.</summary>
    public static string? Check(string pattern)
    {
        if (pattern.Length == 0) return "an empty pattern matches nothing; remove it";
        if (pattern.Length > MaxLength) return $"a pattern longer than {MaxLength} characters is not a name pattern";
        foreach (var c in pattern)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.' or '*' or '?'))
            {
                return $"'{pattern}' is not a name pattern: use letters, digits, '_', '-', '.', and the wildcards '*' and '?'";
            }
        }

        return null;
    }

    /// <summary>The patterns of <paramref name="patterns"/>, compiled (a configuration's own object is returned as is).</summary>
    public static NamePatterns From(IReadOnlyList<string>? patterns) => patterns switch
    {
        null or { Count: 0 } => Empty,
        NamePatterns compiled => compiled,
        _ => new NamePatterns(patterns),
    };

    /// <summary>
    /// Whether an upper-cased, '_'-normalised name matches a pattern the way <c>IsSecretName</c> has always
    /// read them: <c>*</c> is the only wildcard, compared with the upper-cased pattern.
    /// </summary>
    internal bool MatchesNormalized(string upperName)
    {
        foreach (var p in _names)
        {
            if (p.IsMatch(upperName)) return true;
        }

        return false;
    }

    /// <summary>Whether a name as written matches a pattern case-insensitively, <c>*</c> and <c>?</c> both wildcards (the manifest literal-secret rules).</summary>
    internal bool MatchesLiteral(string name)
    {
        foreach (var p in _literals)
        {
            if (p.IsMatch(name)) return true;
        }

        return false;
    }

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_patterns).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Compiles a pattern in which only <c>*</c> is a wildcard (a <c>?</c> was always literal in these).</summary>
    private static WildcardPattern StarsOnly(string pattern)
    {
        var builder = new WildcardPattern.Builder();
        foreach (var c in pattern)
        {
            if (c == '*') builder.Star();
            else builder.Literal(c);
        }

        return builder.Build(WildcardPatternOptions.None);
    }
}
