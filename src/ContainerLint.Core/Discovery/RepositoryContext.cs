namespace ContainerLint.Core.Discovery;

using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;

/// <summary>
/// The other files of the repository that the cross-file rules (CL5xxx) may join with the files being linted: when
/// pre-commit passes only a staged manifest, the Dockerfile that builds its image is still seen. Found by the same walk
/// as a directory argument (same skipped folders, same <c>ignorePaths</c>) from the repository root, the nearest folder
/// above the working directory that holds <c>.git</c>; none outside a repository. Bounded: at most
/// <see cref="MaxFiles"/> files of at most <see cref="MaxFileBytes"/> each, Dockerfiles first, then Compose files,
/// then other YAML/JSON, each group in path order. The files are only parsed for their facts; nothing is reported on them.
/// </summary>
public static class RepositoryContext
{
    public const int MaxFiles = 2000;

    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>The nearest folder at or above <paramref name="directory"/> holding <c>.git</c> (folder or file), or null.</summary>
    public static string? FindRepositoryRoot(string directory)
    {
        for (var dir = Path.GetFullPath(directory); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (Directory.Exists(Path.Combine(dir, ".git")) || File.Exists(Path.Combine(dir, ".git"))) return dir;
        }

        return null;
    }

    /// <summary>
    /// The context files for a run over <paramref name="targets"/>: the repository's lintable files that are not targets
    /// already. Empty outside a repository, when no target inside it can receive a cross-file finding (only manifests
    /// and Compose files do), or when a directory argument already covers the repository root. A folder
    /// whose configuration file is bad is left out (the run reports only the configuration of its own targets).
    /// </summary>
    public static IReadOnlyList<LintTarget> Gather(FileDiscovery discovery, IEnumerable<string> paths, IReadOnlyCollection<LintTarget> targets)
    {
        if (FindRepositoryRoot(discovery.WorkingDirectory) is not { } root) return [];
        var rootWithSeparator = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;

        // Files outside the repository (an absolute path elsewhere) are not joined with it, and the cross-file findings
        // land on manifests and Compose files: a run over Dockerfiles and project files alone needs no context. Asked
        // first: it needs no system call, the test below one per path named.
        if (!targets.Any(t => t.FullPath?.StartsWith(rootWithSeparator, StringComparison.Ordinal) == true && ReceivesCrossFileFindings(t))) return [];
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(Path.Combine(discovery.WorkingDirectory, path));
            if (Directory.Exists(full) && rootWithSeparator.StartsWith(full.EndsWith(Path.DirectorySeparatorChar) ? full : full + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return [];
        }

        var found = discovery.Discover([root], skipBadConfiguration: true);

        var linted = targets.Select(t => t.FullPath).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return found.Targets
            .Where(t => t.Kind is not FileKind.MSBuild && t.FullPath is { } p && !linted.Contains(p) && Size(p) <= MaxFileBytes)
            .OrderBy(t => t.Kind switch { FileKind.Dockerfile => 0, FileKind.Compose => 1, _ => 2 })
            .ThenBy(t => t.DisplayPath, StringComparer.Ordinal)
            .Take(MaxFiles)
            .Select(t => t with { ExplicitlyGiven = false })
            .ToList();
    }

    /// <summary>Whether cross-file findings can land on a target: anything but a Dockerfile or an MSBuild file.</summary>
    private static bool ReceivesCrossFileFindings(LintTarget target) =>
        (target.Kind ?? FileClassifier.FromName(target.DisplayPath, out _)) is not (FileKind.Dockerfile or FileKind.MSBuild);

    private static long Size(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return long.MaxValue;
        }
    }
}
