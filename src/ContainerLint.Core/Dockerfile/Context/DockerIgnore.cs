namespace ContainerLint.Core.Dockerfile.Context;

using System.Text;
using System.Text.RegularExpressions;

/// <summary>
/// A <c>.dockerignore</c> read and matched the way BuildKit does (moby's ignorefile reader and patternmatcher):
/// comment lines start with <c>#</c> in the first column, each pattern is trimmed and path-cleaned, a leading <c>/</c>
/// is dropped, <c>!</c> re-includes; <c>*</c> and <c>?</c> stop at <c>/</c>, <c>**</c> crosses folders; a path is
/// excluded when the last pattern matching it or one of its parent folders is not a <c>!</c> pattern.
/// </summary>
public sealed class DockerIgnore
{
    private DockerIgnore(IReadOnlyList<IgnorePattern> patterns)
    {
        Patterns = patterns;
        HasExclusions = patterns.Any(p => p.IsExclusion);
    }

    public static DockerIgnore Empty { get; } = new([]);

    /// <summary>The patterns in file order.</summary>
    public IReadOnlyList<IgnorePattern> Patterns { get; }

    /// <summary>True when a <c>!</c> pattern re-includes something (BuildKit's CopyIgnoredFile check is off then).</summary>
    public bool HasExclusions { get; }

    /// <summary>Reads the text of a <c>.dockerignore</c>.</summary>
    public static DockerIgnore Parse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return Empty;
        var patterns = new List<IgnorePattern>();
        var first = true;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (first && line.Length > 0 && line[0] == '\uFEFF') line = line[1..];
            first = false;
            if (line.StartsWith('#')) continue;
            line = line.Trim();
            if (line.Length == 0) continue;
            var exclusion = line[0] == '!';
            if (exclusion) line = line[1..].Trim();
            if (line.Length > 0)
            {
                line = GoPath.Clean(line);
                if (line.Length > 1 && line[0] == '/') line = line[1..];
            }

            // "!" alone is an illegal pattern to BuildKit (the build fails); it matches nothing here.
            if (line.Length == 0) continue;
            patterns.Add(new IgnorePattern(GoPath.Clean(line), exclusion));
        }

        return new DockerIgnore(patterns);
    }

    /// <summary>
    /// True when <paramref name="path"/> (slash-separated, relative to the context) is left out of the build context: the
    /// last pattern that matches it or one of its parent folders is an exclusion pattern, not a <c>!</c> one.
    /// </summary>
    public bool Excludes(string path)
    {
        if (Patterns.Count == 0) return false;
        var excluded = false;
        foreach (var pattern in Patterns)
        {
            // An inclusion only matters while the path is not excluded yet, a re-inclusion only once it is.
            if (pattern.IsExclusion != excluded) continue;
            var match = pattern.Matches(path);
            // Or one of its parent folders: a, a/b for a/b/c.
            for (var end = path.IndexOf('/'); !match && end > 0; end = path.IndexOf('/', end + 1))
            {
                match = pattern.Matches(path[..end]);
            }

            if (match) excluded = !pattern.IsExclusion;
        }

        return excluded;
    }
}

/// <summary>One <c>.dockerignore</c> pattern, compiled like BuildKit's patternmatcher: exact, prefix (<c>dir/**</c>), suffix (<c>**/name</c>) or a regular expression.</summary>
public sealed class IgnorePattern
{
    private readonly Kind _kind;
    private readonly string _literal;
    private readonly Regex? _regex;

    internal IgnorePattern(string pattern, bool exclusion)
    {
        Text = pattern;
        IsExclusion = exclusion;
        (_kind, _literal, _regex) = Compile(pattern);
    }

    private enum Kind
    {
        Exact,
        Prefix,
        Suffix,
        Regex,
        Invalid,
    }

    /// <summary>The cleaned pattern, without its <c>!</c>.</summary>
    public string Text { get; }

    /// <summary>True for a <c>!</c> pattern (it re-includes what earlier patterns excluded).</summary>
    public bool IsExclusion { get; }

    /// <summary>True when the pattern matches <paramref name="path"/> itself (parent folders are <see cref="DockerIgnore.Excludes"/>' business).</summary>
    public bool Matches(string path) => _kind switch
    {
        Kind.Exact => path == _literal,
        Kind.Prefix => path.StartsWith(_literal, StringComparison.Ordinal),
        Kind.Suffix => path.EndsWith(_literal, StringComparison.Ordinal) || (_literal.Length > 0 && _literal[0] == '/' && path.AsSpan().SequenceEqual(_literal.AsSpan(1))),
        Kind.Regex => _regex!.IsMatch(path),
        _ => false,
    };

    public override string ToString() => (IsExclusion ? "!" : "") + Text;

    private static (Kind Kind, string Literal, Regex? Regex) Compile(string pattern)
    {
        var sb = new StringBuilder("^");
        var kind = Kind.Exact;
        var i = 0;
        for (var token = 0; i < pattern.Length; token++)
        {
            var ch = pattern[i++];
            switch (ch)
            {
                case '*' when i < pattern.Length && pattern[i] == '*':
                    i++;
                    if (i < pattern.Length && pattern[i] == '/') i++;
                    if (i >= pattern.Length)
                    {
                        // A trailing ** takes everything below (a prefix test when nothing before it was a wildcard).
                        if (kind == Kind.Exact) kind = Kind.Prefix;
                        else
                        {
                            sb.Append(".*");
                            kind = Kind.Regex;
                        }
                    }
                    else
                    {
                        sb.Append("(.*/)?");
                        kind = Kind.Regex;
                    }

                    if (token == 0) kind = Kind.Suffix;
                    break;
                case '*':
                    sb.Append("[^/]*");
                    kind = Kind.Regex;
                    break;
                case '?':
                    sb.Append("[^/]");
                    kind = Kind.Regex;
                    break;
                case '.' or '+' or '(' or ')' or '|' or '{' or '}' or '$':
                    sb.Append('\\').Append(ch);
                    break;
                case '\\':
                    if (i < pattern.Length)
                    {
                        sb.Append('\\').Append(pattern[i++]);
                        kind = Kind.Regex;
                    }
                    else
                    {
                        sb.Append(@"\\");
                    }

                    break;
                case '[' or ']':
                    sb.Append(ch);
                    kind = Kind.Regex;
                    break;
                default:
                    sb.Append(ch);
                    break;
            }
        }

        switch (kind)
        {
            case Kind.Prefix:
                return (kind, pattern[..^2], null);
            case Kind.Suffix:
                return (kind, pattern[2..], null);
            case Kind.Regex:
                try
                {
                    // Patterns come from untrusted repositories: the non-backtracking engine matches in linear time.
                    return (kind, "", new Regex(sb.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking));
                }
                catch (ArgumentException)
                {
                    // BuildKit rejects the pattern (and the build); here it matches nothing.
                    return (Kind.Invalid, "", null);
                }

            default:
                return (kind, pattern, null);
        }
    }
}

/// <summary>Go's <c>path.Clean</c>: the shortest equivalent slash path (no <c>.</c>, resolved <c>..</c>, no doubled or trailing slash).</summary>
public static class GoPath
{
    public static string Clean(string path)
    {
        if (path.Length == 0) return ".";
        var rooted = path[0] == '/';
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == "..")
            {
                if (parts.Count > 0 && parts[^1] != "..") parts.RemoveAt(parts.Count - 1);
                else if (!rooted) parts.Add("..");
                continue;
            }

            parts.Add(part);
        }

        var joined = string.Join('/', parts);
        if (rooted) return "/" + joined;
        return joined.Length == 0 ? "." : joined;
    }
}
