namespace ContainerLint.Core.Dockerfile.Analysis;

/// <summary>Path and URL helpers for ADD/COPY sources, RUN arguments and .dockerignore patterns.</summary>
public static class SourcePaths
{
    /// <summary>True for http(s)/ftp URLs.</summary>
    public static bool IsRemoteUrl(string source) =>
        source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || source.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a git source ADD understands (<c>git@host:repo</c>, <c>https://…/x.git#ref</c>, <c>git://</c>).</summary>
    public static bool IsGitUrl(string source) =>
        source.StartsWith("git@", StringComparison.Ordinal) || source.StartsWith("git://", StringComparison.OrdinalIgnoreCase)
        || (IsRemoteUrl(source) && source.Split('#')[0].EndsWith(".git", StringComparison.OrdinalIgnoreCase));

    /// <summary>The last path component (trailing slashes ignored).</summary>
    public static string BaseName(string path)
    {
        var p = path.TrimEnd('/', '\\');
        var i = Math.Max(p.LastIndexOf('/'), p.LastIndexOf('\\'));
        return i >= 0 ? p[(i + 1)..] : p;
    }

    /// <summary>True when a shell word's value may differ at run time (a variable, a substitution) or reads a mounted secret.</summary>
    public static bool IsIndirect(string value) =>
        value.Contains('$', StringComparison.Ordinal) || value.Contains('`', StringComparison.Ordinal) || value.Contains("/run/secrets", StringComparison.Ordinal);

    /// <summary>Matches a path glob with <c>*</c> and <c>?</c> (not crossing <c>/</c>) and <c>**</c> (any).</summary>
    public static bool GlobMatch(string pattern, string text) => GlobMatch(pattern, 0, text, 0, 0);

    private static bool GlobMatch(string p, int pi, string t, int ti, int depth)
    {
        if (depth > 64) return false; // bounded backtracking
        while (pi < p.Length)
        {
            var c = p[pi];
            if (c == '*')
            {
                var any = pi + 1 < p.Length && p[pi + 1] == '*';
                var next = pi + (any ? 2 : 1);
                if (any && next < p.Length && p[next] == '/') next++;
                for (var k = ti; k <= t.Length; k++)
                {
                    if (GlobMatch(p, next, t, k, depth + 1)) return true;
                    if (k < t.Length && t[k] == '/' && !any) return false;
                }

                return false;
            }

            if (ti >= t.Length) return false;
            if (c != '?' && c != t[ti]) return false;
            if (c == '?' && t[ti] == '/') return false;
            pi++;
            ti++;
        }

        return ti == t.Length;
    }
}
