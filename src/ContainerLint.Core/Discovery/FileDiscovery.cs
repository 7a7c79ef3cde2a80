namespace ContainerLint.Core.Discovery;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;

/// <summary>What discovery found: the files to lint, and problems with inputs that could not be read (exit code 2).</summary>
public sealed record DiscoveryResult(IReadOnlyList<LintTarget> Targets, IReadOnlyList<string> Problems);

/// <summary>
/// Turns PATH arguments into lint targets: files as given, directories walked recursively.
/// The walk skips <c>.git</c>, <c>node_modules</c>, <c>bin</c> and <c>obj</c>, follows a symlinked
/// folder only once (by its real path, so link loops end), skips dangling links, reports folders it
/// cannot read and goes on, and honours each folder's <c>ignorePaths</c>. Display paths are
/// relative to <see cref="WorkingDirectory"/> with '/' separators.
/// </summary>
public sealed class FileDiscovery
{
    public static IReadOnlySet<string> SkippedDirectoryNames { get; } = new HashSet<string>(StringComparer.Ordinal) { ".git", "node_modules", "bin", "obj" };

    private readonly ConfigurationResolver _configuration;

    public FileDiscovery(string workingDirectory, ConfigurationResolver configuration)
    {
        WorkingDirectory = Path.GetFullPath(workingDirectory);
        _configuration = configuration;
    }

    public string WorkingDirectory { get; }

    /// <summary>Finds the targets of the given paths (not <c>-</c>; the caller handles stdin).</summary>
    /// <exception cref="ConfigurationException">A configuration file met on the way is bad.</exception>
    public DiscoveryResult Discover(IEnumerable<string> paths) => Discover(paths, skipBadConfiguration: false);

    /// <summary>
    /// As <see cref="Discover(IEnumerable{string})"/>; with <paramref name="skipBadConfiguration"/> a folder whose
    /// configuration file is bad is left out (with what is below it) instead of stopping the walk.
    /// </summary>
    public DiscoveryResult Discover(IEnumerable<string> paths, bool skipBadConfiguration)
    {
        var targets = new Dictionary<string, LintTarget>(StringComparer.Ordinal);
        var problems = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(Path.Combine(WorkingDirectory, path));
            var info = new FileInfo(full);
            if (info.LinkTarget is { } link && !Path.Exists(ResolveLink(info)))
            {
                problems.Add($"{path}: the symbolic link points to '{link}', which does not exist");
            }
            else if (Directory.Exists(full))
            {
                Walk(full, RealPath(full), targets, problems, visited, skipBadConfiguration);
            }
            else if (File.Exists(full))
            {
                if (_configuration.FileFor(full) is { } config && config.IsIgnored(full)) continue;
                // Named explicitly wins over found by walking: it changes how YAML is classified.
                targets[full] = new LintTarget(full, DisplayPath(full), ExplicitlyGiven: true);
            }
            else
            {
                problems.Add($"{path}: no such file or directory");
            }
        }

        return new DiscoveryResult(targets.Values.OrderBy(t => t.DisplayPath, StringComparer.Ordinal).ToList(), problems);
    }

    public string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(WorkingDirectory, fullPath);
        return relative.Replace('\\', '/');
    }

    private void Walk(string directory, string realPath, Dictionary<string, LintTarget> targets, List<string> problems, HashSet<string> visited, bool skipBadConfiguration)
    {
        // Iterative, so a very deep tree cannot overflow the stack.
        var stack = new Stack<(string Path, string Real)>();
        stack.Push((directory, realPath));
        while (stack.Count > 0)
        {
            var (dir, real) = stack.Pop();
            if (!visited.Add(real)) continue;
            ConfigurationFile? config;
            try
            {
                config = _configuration.FindFrom(dir);
            }
            catch (ConfigurationException) when (skipBadConfiguration)
            {
                continue;
            }

            List<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(dir).EnumerateFileSystemInfos("*", new EnumerationOptions { IgnoreInaccessible = false, RecurseSubdirectories = false, AttributesToSkip = 0 })
                    .OrderBy(e => e.Name, StringComparer.Ordinal)
                    .ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                problems.Add($"{DisplayPath(dir)}: cannot read the directory: {(ex is UnauthorizedAccessException ? "permission denied" : ex.Message)}");
                continue;
            }

            var subdirectories = new List<(string, string)>();
            foreach (var entry in entries)
            {
                var isLink = entry.LinkTarget is not null;
                if (entry is DirectoryInfo sub)
                {
                    if (SkippedDirectoryNames.Contains(sub.Name)) continue;
                    string subReal;
                    if (isLink)
                    {
                        var target = ResolveLink(sub);
                        if (target is null || !Directory.Exists(target)) continue;
                        subReal = target;
                    }
                    else
                    {
                        subReal = Path.Combine(real, sub.Name);
                    }

                    if (config is not null && config.IsDirectoryIgnored(sub.FullName)) continue;
                    if (!visited.Contains(subReal)) subdirectories.Add((sub.FullName, subReal));
                }
                else
                {
                    if (isLink && (ResolveLink(entry) is not { } t || !File.Exists(t))) continue; // dangling link: nothing to lint
                    var kind = FileClassifier.FromName(entry.Name, out var manifestCandidate);
                    if (kind is null && !manifestCandidate) continue;
                    if (config is not null && config.IsIgnored(entry.FullName)) continue;
                    if (!targets.ContainsKey(entry.FullName)) targets[entry.FullName] = new LintTarget(entry.FullName, DisplayPath(entry.FullName), kind);
                }
            }

            for (var i = subdirectories.Count - 1; i >= 0; i--) stack.Push(subdirectories[i]);
        }
    }

    private static string? ResolveLink(FileSystemInfo info)
    {
        try
        {
            return info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        catch (IOException)
        {
            return null; // a link cycle (ELOOP) or an unreadable link
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string RealPath(string fullPath)
    {
        var info = new DirectoryInfo(fullPath);
        return info.LinkTarget is not null ? ResolveLink(info) ?? fullPath : fullPath;
    }
}
