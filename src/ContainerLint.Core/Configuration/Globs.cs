namespace ContainerLint.Core.Configuration;

/// <summary>Small helpers over ignorePaths globs that FileSystemGlobbing does not offer.</summary>
internal static class Globs
{
    /// <summary>
    /// Whether a glob ignores everything under a folder: <c>vendor</c>, <c>vendor/</c>, <c>vendor/**</c>
    /// or <c>**/vendor/**</c> cover <c>vendor</c>. Conservative: when unsure, the walk goes in and files are matched one by one.
    /// </summary>
    public static bool CoversDirectory(string glob, string relativeDirectory)
    {
        var g = glob.Trim().TrimStart('/').TrimEnd('/');
        if (g.EndsWith("/**", StringComparison.Ordinal)) g = g[..^3];
        if (g.Contains('*', StringComparison.Ordinal) || g.Contains('?', StringComparison.Ordinal))
        {
            if (g.StartsWith("**/", StringComparison.Ordinal) && !g[3..].Contains('*', StringComparison.Ordinal))
            {
                var name = g[3..];
                return relativeDirectory == name || relativeDirectory.EndsWith("/" + name, StringComparison.Ordinal);
            }

            return false;
        }

        return string.Equals(g, relativeDirectory, StringComparison.Ordinal);
    }
}
