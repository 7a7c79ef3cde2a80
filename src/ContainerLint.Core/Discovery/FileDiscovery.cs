namespace ContainerLint.Core.Discovery;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;

/// <summary>What discovery found: the files to lint, and problems with inputs that could not be read (exit code 2).</summary>
public sealed record DiscoveryResult(IReadOnlyList<LintTarget> Targets, IReadOnlyList<string> Problems)
{
    /// <summary>Symbolic links that were not followed because they lead out of the folder being linted (a note, not an error).</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];
}

/// <summary>
/// Turns PATH arguments into lint targets: files as given, directories walked recursively.
/// The walk skips <c>.git</c>, <c>node_modules</c>, <c>bin</c> and <c>obj</c>, follows a symlinked
/// folder only once (by its real path, so link loops end), skips dangling links, reports folders it
/// cannot read (a path too long for the system included) and goes on, and honours each folder's
/// <c>ignorePaths</c>. A symbolic link whose target lies outside the folder being linted (for a file
/// named on the command line: the working folder, or the file's own folder when it lies elsewhere) is
/// not followed and never read, only reported as skipped: a cloned repository's <c>Dockerfile</c> may
/// point at <c>~/.git-credentials</c>, and a folder link at <c>/</c>. Display paths are relative to
/// <see cref="WorkingDirectory"/> with '/' separators.
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
        var skipped = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var realFolders = new RealFolders();
        var named = paths as IReadOnlyList<string> ?? [.. paths];
        var entries = ClassifyInParallel(named);
        for (var index = 0; index < named.Count; index++)
        {
            var path = named[index];
            try
            {
                var full = Path.GetFullPath(Path.Combine(WorkingDirectory, path));

                // One lstat says what a named path is; only a link needs more (a list of a thousand files took four system
                // calls per file here before: readlink, two stat and the lstat of RealFolders).
                var entry = entries?[index] ?? IO.FileTypes.Of(full);
                var info = entry == IO.DiskEntry.SymbolicLink ? new FileInfo(full) : null;
                if (info?.LinkTarget is { } link && !Path.Exists(ResolveLink(info)))
                {
                    problems.Add($"{path}: the symbolic link points to '{link}', which does not exist");
                }
                else if (entry == IO.DiskEntry.Directory || (info is not null && Directory.Exists(full)))
                {
                    var real = RealPath(full) ?? full;
                    Walk(full, real, real, targets, problems, skipped, visited, skipBadConfiguration);
                }
                else if (entry is not (IO.DiskEntry.Missing or IO.DiskEntry.SymbolicLink) || (info is not null && File.Exists(full)))
                {
                    if (_configuration.FileFor(full) is { } config && config.IsIgnored(full)) continue;
                    var folder = Path.GetDirectoryName(full);
                    var root = IsWithin(full, WorkingDirectory) ? WorkingDirectory : folder ?? full;

                    // A file that is no link, named outside the working folder, is its own folder's: it cannot lead out of
                    // it, and resolving that folder's real path (an lstat per folder up to the root) would only say so.
                    var cannotLeadOut = info is null && string.Equals(root, folder, StringComparison.Ordinal);
                    if (!cannotLeadOut && (realFolders.OfFile(full, isLink: info is not null) is not { } realFile || !IsWithin(realFile, realFolders.Of(root) ?? root)))
                    {
                        skipped.Add(OutsideRoot(DisplayPath(full)));
                        continue;
                    }

                    // Named explicitly wins over found by walking: it changes how YAML is classified.
                    targets[full] = new LintTarget(full, DisplayPath(full), ExplicitlyGiven: true);
                }
                else
                {
                    problems.Add($"{path}: no such file or directory");
                }
            }
            catch (Exception ex) when (IsFileSystemFailure(ex))
            {
                problems.Add($"{path}: cannot be read: {Reason(ex)}");
            }
        }

        return new DiscoveryResult(targets.Values.OrderBy(t => t.DisplayPath, StringComparer.Ordinal).ToList(), problems) { Skipped = skipped };
    }

    /// <summary>The fewest paths named for which <see cref="ClassifyInParallel"/> splits the work.</summary>
    private const int ParallelFrom = 64;

    /// <summary>
    /// For a long list of named paths (a pre-commit hook's or CI's file list): each path's entry type and its folder's
    /// configuration file, looked up on every core before the walk over the list, which then finds them known (the lookups
    /// are system calls, most of discovery's time). A path whose lookup fails is left to the walk, which reports it in
    /// order; null for a short list.
    /// </summary>
    private IO.DiskEntry?[]? ClassifyInParallel(IReadOnlyList<string> paths)
    {
        if (paths.Count < ParallelFrom) return null;
        var entries = new IO.DiskEntry?[paths.Count];
        Parallel.For(0, paths.Count, i =>
        {
            try
            {
                var full = Path.GetFullPath(Path.Combine(WorkingDirectory, paths[i]));
                var entry = IO.FileTypes.Of(full);
                if (entry == IO.DiskEntry.RegularFile) _configuration.FileFor(full);
                entries[i] = entry;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Asked again, in order, by the walk: it reports the failure where the serial walk always did.
            }
        });
        return entries;
    }

    public string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(WorkingDirectory, fullPath);
        return relative.Replace('\\', '/');
    }

    private void Walk(
        string directory, string realPath, string root, Dictionary<string, LintTarget> targets, List<string> problems, List<string> skipped, HashSet<string> visited, bool skipBadConfiguration)
    {
        // Iterative, so a very deep tree cannot overflow the stack.
        var stack = new Stack<(string Path, string Real)>();
        stack.Push((directory, realPath));
        while (stack.Count > 0)
        {
            var (dir, real) = stack.Pop();
            if (!visited.Add(real)) continue;
            try
            {
                WalkOne(dir, real, root, targets, problems, skipped, visited, stack);
            }
            catch (ConfigurationException) when (skipBadConfiguration)
            {
                // The folder's configuration is bad: it and what is below it are left out (the caller reports the file).
            }
            catch (Exception ex) when (IsFileSystemFailure(ex))
            {
                // A folder that cannot be listed (unreadable, or a path longer than the system allows) is reported; the walk goes on.
                problems.Add($"{DisplayPath(dir)}: cannot read the directory: {Reason(ex)}");
            }
        }
    }

    private void WalkOne(
        string dir, string real, string root, Dictionary<string, LintTarget> targets, List<string> problems, List<string> skipped, HashSet<string> visited, Stack<(string Path, string Real)> stack)
    {
        var config = _configuration.FindFrom(dir);
        var entries = new DirectoryInfo(dir).EnumerateFileSystemInfos("*", new EnumerationOptions { IgnoreInaccessible = false, RecurseSubdirectories = false, AttributesToSkip = 0 })
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        var subdirectories = new List<(string, string)>();
        foreach (var entry in entries)
        {
            // Built from the folder: .NET leaves FullName empty past the system's path length limit.
            var full = Path.Join(dir, entry.Name);
            try
            {
                if (Entry(entry, full, real, root, config, targets, skipped, visited) is { } sub) subdirectories.Add(sub);
            }
            catch (Exception ex) when (IsFileSystemFailure(ex))
            {
                problems.Add($"{DisplayPath(full)}: cannot be read: {Reason(ex)}");
            }
        }

        for (var i = subdirectories.Count - 1; i >= 0; i--) stack.Push(subdirectories[i]);
    }

    /// <summary>Takes one entry of a folder: a file to lint becomes a target; a folder to walk is returned.</summary>
    private (string Path, string Real)? Entry(
        FileSystemInfo entry, string full, string real, string root, ConfigurationFile? config, Dictionary<string, LintTarget> targets, List<string> skipped, HashSet<string> visited)
    {
        var isLink = IO.FileTypes.Of(full) == IO.DiskEntry.SymbolicLink;
        if (entry is DirectoryInfo)
        {
            if (SkippedDirectoryNames.Contains(entry.Name)) return null;
            string subReal;
            if (isLink)
            {
                var target = RealPath(full);
                if (target is null || !Directory.Exists(target)) return null;
                if (!IsWithin(target, root))
                {
                    skipped.Add(OutsideRoot(DisplayPath(full)));
                    return null;
                }

                subReal = target;
            }
            else
            {
                subReal = Path.Join(real, entry.Name);
            }

            if (config is not null && config.IsDirectoryIgnored(full)) return null;
            return visited.Contains(subReal) ? null : (full, subReal);
        }

        var kind = FileClassifier.FromName(entry.Name, out var manifestCandidate);
        if (kind is null && !manifestCandidate) return null;
        if (isLink)
        {
            if (RealPath(full) is not { } t || !File.Exists(t)) return null; // dangling link: nothing to lint
            if (!IsWithin(t, root))
            {
                skipped.Add(OutsideRoot(DisplayPath(full)));
                return null;
            }
        }

        if (config is not null && config.IsIgnored(full)) return null;
        if (!targets.ContainsKey(full)) targets[full] = new LintTarget(full, DisplayPath(full), kind);
        return null;
    }

    private static string OutsideRoot(string display) => $"{display}: skipped: a symbolic link that leads out of the folder being linted is not followed";

    private static bool IsFileSystemFailure(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException;

    private static string Reason(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "permission denied",
        PathTooLongException => "the path is longer than the system allows",
        ArgumentException => "the path is longer than the system allows or not valid",
        _ => ex.Message,
    };

    /// <summary>Whether <paramref name="path"/> (a full path, links resolved or not) is <paramref name="root"/> or lies under it.</summary>
    private static bool IsWithin(string path, string root)
    {
        var r = Path.TrimEndingDirectorySeparator(root);
        var p = Path.TrimEndingDirectorySeparator(path);
        return p.Length == r.Length ? string.Equals(p, r, StringComparison.Ordinal)
            : p.StartsWith(r, StringComparison.Ordinal) && (p[r.Length] == Path.DirectorySeparatorChar || r.EndsWith(Path.DirectorySeparatorChar));
    }

    /// <summary>
    /// <see cref="RealPath"/> for many files of one run: each folder on the way is resolved once (a list of a thousand
    /// files in a few folders took ~25 <c>lstat</c> calls per file, most of the start of a run, before this).
    /// </summary>
    private sealed class RealFolders
    {
        private readonly Dictionary<string, string?> _real = new(StringComparer.Ordinal);

        /// <summary>The real path of a folder (a full, normalised path), or null for a link loop or an unreadable link.</summary>
        public string? Of(string folder)
        {
            if (_real.TryGetValue(folder, out var known)) return known;
            var real = OfFile(folder);
            _real[folder] = real;
            return real;
        }

        /// <summary>
        /// The real path of an entry: its folder's (resolved once), then its own name, resolved in full only if it is a
        /// link. A real folder holds no link above the name, so this is <see cref="RealPath"/>'s answer.
        /// </summary>
        /// <param name="fullPath">The entry.</param>
        /// <param name="isLink">Whether the entry itself is a link, when the caller knows (it is not asked again where its folder is real); null to ask.</param>
        public string? OfFile(string fullPath, bool? isLink = null)
        {
            var folder = Path.GetDirectoryName(fullPath);
            var name = Path.GetFileName(fullPath);
            if (folder is null || name.Length == 0) return RealPath(fullPath);
            if (Of(folder) is not { } realFolder) return null;
            var joined = Path.Join(realFolder, name);
            var link = isLink is { } known && string.Equals(realFolder, folder, StringComparison.Ordinal) ? known : IO.FileTypes.Of(joined) == IO.DiskEntry.SymbolicLink;
            return link ? RealPath(joined) : joined;
        }
    }

    /// <summary>
    /// The path with every symbolic link on it resolved (a managed <c>realpath</c>: .NET resolves only the last
    /// component); null for a link loop or a link that cannot be read. Missing components are kept as written.
    /// </summary>
    internal static string? RealPath(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? "/";
        var parts = new List<string>(fullPath[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries));
        parts.Reverse();
        var current = root;
        var hops = 0;
        while (parts.Count > 0)
        {
            var part = parts[^1];
            parts.RemoveAt(parts.Count - 1);
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? root;
                continue;
            }

            var next = Path.Join(current, part);
            if (IO.FileTypes.Of(next) != IO.DiskEntry.SymbolicLink)
            {
                current = next;
                continue;
            }

            // Resolve one link, then walk its target's parts before the rest of the path (at most 40 links, as the kernel allows).
            if (++hops > 40 || new FileInfo(next).LinkTarget is not { } target) return null;
            var targetRoot = Path.GetPathRoot(target);
            if (!string.IsNullOrEmpty(targetRoot))
            {
                current = targetRoot;
                target = target[targetRoot.Length..];
            }

            var targetParts = target.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
            for (var i = targetParts.Length - 1; i >= 0; i--) parts.Add(targetParts[i]);
        }

        return current;
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
}
