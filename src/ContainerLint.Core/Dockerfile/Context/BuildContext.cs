namespace ContainerLint.Core.Dockerfile.Context;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using ContainerLint.Core.Secrets;
using ContainerLint.Core.Text;

/// <summary>Bounds on reading a build context from disk.</summary>
/// <param name="MaxEntries">Files and folders looked at, excluded ones included.</param>
/// <param name="MaxTime">Wall-clock time for one context.</param>
/// <param name="MaxDepth">Folder nesting below the context root.</param>
public sealed record BuildContextLimits(int MaxEntries, TimeSpan MaxTime, int MaxDepth)
{
    public static BuildContextLimits Default { get; } = new(20_000, TimeSpan.FromSeconds(2), 64);
}

/// <summary>A secret-looking file or folder that is in the build context (not excluded by the .dockerignore).</summary>
/// <param name="Path">Slash-separated, relative to the context root.</param>
/// <param name="IsFolder">True for a folder (a <c>.git</c> folder is reported whole).</param>
/// <param name="Kind">What it holds.</param>
public sealed record ContextSecret(string Path, bool IsFolder, SecretFileKind Kind)
{
    /// <summary>The path as shown in messages: folders end with <c>/</c>.</summary>
    public string Display => IsFolder ? Path + "/" : Path;
}

/// <summary>
/// What a build context sends to the builder, as far as secrets go: the secret-looking entries that the .dockerignore
/// lets through, and whether the listing saw the whole context or stopped at a bound.
/// </summary>
/// <param name="Secrets">Secret-looking files and <c>.git</c> folders, breadth first, in name order within a folder.</param>
/// <param name="StoppedBecause">Why the listing stopped early (<c>20,000 entries</c>), or null when it is complete.</param>
public sealed record BuildContextListing(IReadOnlyList<ContextSecret> Secrets, string? StoppedBecause)
{
    public bool IsComplete => StoppedBecause is null;

    /// <summary>
    /// Everything a rule can learn from the listing, as one short stable text (a SHA-256 of the secrets and the stop
    /// reason): two listings with the same fingerprint give the same findings. The MSBuild task keeps it to see whether a
    /// context changed since the last lint (a secret file added or removed) without linting again.
    /// </summary>
    public string Fingerprint
    {
        get
        {
            var text = new System.Text.StringBuilder();
            foreach (var secret in Secrets) text.Append(secret.Display).Append('\t').Append(secret.Kind).Append('\n');
            text.Append(StoppedBecause);
            return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())), 0, 16);
        }
    }

    /// <summary>
    /// A listing from paths instead of a disk (tests, embedding): folders end with <c>/</c>, secrets are known by name only
    /// (files whose text decides are not secrets here), and <paramref name="ignore"/> applies as on disk.
    /// </summary>
    public static BuildContextListing FromPaths(IEnumerable<string> paths, DockerIgnore ignore)
    {
        var secrets = new List<ContextSecret>();
        foreach (var raw in paths)
        {
            var isFolder = raw.EndsWith('/');
            var path = GoPath.Clean(raw);
            if (ignore.Excludes(path)) continue;
            var kind = SecretFiles.Classify(path, isFolder, null);
            if (kind != SecretFileKind.None) secrets.Add(new ContextSecret(path, isFolder, kind));
        }

        return new BuildContextListing(secrets, null);
    }
}

/// <summary>
/// The build context of a Dockerfile, the way BuildKit sends it: the folder (the Dockerfile's) with the .dockerignore
/// applied. It is listed on first use only (most Dockerfiles never ask), within <see cref="BuildContextLimits"/>: symlinks
/// are never followed (the builder copies the link, not its target), a <c>.git</c> folder is not walked, and of a file
/// only its name is read, except the first <see cref="SecretFiles.ContentBytes"/> bytes of the few files whose text
/// decides (<see cref="SecretFiles.NeedsContent"/>).
/// </summary>
public sealed class BuildContext
{
    private readonly Lazy<BuildContextListing> _listing;

    public BuildContext(string directory, DockerIgnore ignore, BuildContextLimits? limits = null)
    {
        Directory = directory;
        _listing = new Lazy<BuildContextListing>(() => Read(directory, ignore, limits ?? BuildContextLimits.Default));
    }

    private BuildContext(BuildContextListing listing)
    {
        _listing = new Lazy<BuildContextListing>(listing);
    }

    /// <summary>The context folder on disk, or null for a listing given in memory.</summary>
    public string? Directory { get; }

    /// <summary>The listing (read from disk on first use; thread-safe).</summary>
    public BuildContextListing Listing => _listing.Value;

    /// <summary>True once a rule asked for the listing (so the lint's findings depend on it).</summary>
    public bool IsListed => _listing.IsValueCreated;

    /// <summary>A context whose listing is already known (tests, embedding).</summary>
    public static BuildContext FromListing(BuildContextListing listing) => new(listing);

    private static BuildContextListing Read(string root, DockerIgnore ignore, BuildContextLimits limits)
    {
        var secrets = new List<ContextSecret>();
        var watch = Stopwatch.StartNew();
        var folders = new Queue<(string FullPath, string Path, int Depth)>();
        folders.Enqueue((root, "", 0));
        var seen = 0;
        string? stopped = null;
        while (folders.Count > 0 && stopped is null)
        {
            var (full, relative, depth) = folders.Dequeue();
            FileSystemInfo[] children;
            try
            {
                children = new DirectoryInfo(full).GetFileSystemInfos();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                stopped ??= $"the folder '{(relative.Length == 0 ? "." : relative)}' could not be read";
                continue;
            }

            Array.Sort(children, (a, b) => string.CompareOrdinal(a.Name, b.Name));
            foreach (var child in children)
            {
                if (++seen > limits.MaxEntries)
                {
                    stopped = string.Create(CultureInfo.InvariantCulture, $"{limits.MaxEntries:N0} entries");
                    break;
                }

                if (watch.Elapsed > limits.MaxTime)
                {
                    stopped = string.Create(CultureInfo.InvariantCulture, $"{limits.MaxTime.TotalSeconds:0.#} seconds");
                    break;
                }

                var path = relative.Length == 0 ? child.Name : relative + "/" + child.Name;
                var excluded = ignore.Excludes(path);
                // A symlink is sent as a link: its target's content does not ship, and it is never followed.
                if ((child.Attributes & FileAttributes.ReparsePoint) != 0) continue;
                if (child is DirectoryInfo)
                {
                    var kind = excluded ? SecretFileKind.None : SecretFiles.Classify(path, isFolder: true, null);
                    if (kind != SecretFileKind.None)
                    {
                        secrets.Add(new ContextSecret(path, true, kind));
                        continue;
                    }

                    // An excluded folder still matters when a later '!' pattern may take something under it back.
                    if (excluded && !ignore.HasExclusions) continue;
                    if (depth + 1 >= limits.MaxDepth)
                    {
                        stopped ??= string.Create(CultureInfo.InvariantCulture, $"folders nested {limits.MaxDepth} deep");
                        continue;
                    }

                    folders.Enqueue((child.FullName, path, depth + 1));
                    continue;
                }

                if (excluded) continue;
                var content = SecretFiles.NeedsContent(path) ? ReadHead(child.FullName) : null;
                var fileKind = SecretFiles.Classify(path, isFolder: false, content);
                if (fileKind != SecretFileKind.None) secrets.Add(new ContextSecret(path, false, fileKind));
            }
        }

        return new BuildContextListing(secrets, stopped);
    }

    /// <summary>The start of a file's text, or null (too large, binary, unreadable, not a regular file: never blocks).</summary>
    private static string? ReadHead(string path)
    {
        try
        {
            return SafeFileReader.ReadAllText(path, SecretFiles.ContentBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return null;
        }
    }
}

/// <summary>
/// The build contexts of one lint run, shared by the Dockerfiles that have the same context and .dockerignore, each
/// listed at most once and only when a rule asks.
/// </summary>
public sealed class BuildContexts
{
    private readonly ConcurrentDictionary<(string Directory, string? DockerIgnore), BuildContext> _contexts = new();
    private readonly ConcurrentDictionary<string, BuildContext> _byDockerfile = new(StringComparer.Ordinal);
    private readonly BuildContextLimits _limits;

    public BuildContexts(BuildContextLimits? limits = null)
    {
        _limits = limits ?? BuildContextLimits.Default;
    }

    /// <summary>The context of a Dockerfile on disk (its folder) with the .dockerignore text that applies to it.</summary>
    public BuildContext For(string dockerfilePath, string? dockerIgnore)
    {
        var full = Path.GetFullPath(dockerfilePath);
        var directory = Path.GetDirectoryName(full) ?? Path.GetFullPath(".");
        var context = _contexts.GetOrAdd((directory, dockerIgnore), key => new BuildContext(key.Directory, DockerIgnore.Parse(key.DockerIgnore), _limits));
        _byDockerfile[full] = context;
        return context;
    }

    /// <summary>
    /// The Dockerfiles whose context a rule listed, each as one line <c>fingerprint TAB path</c>, sorted: what the lint's
    /// findings depend on in the contexts. <see cref="Relist"/> gives the same lines while the contexts are unchanged.
    /// </summary>
    public IReadOnlyList<string> ListedState() =>
        [.. _byDockerfile.Where(kv => kv.Value.IsListed).Select(kv => kv.Value.Listing.Fingerprint + "\t" + kv.Key).Order(StringComparer.Ordinal)];

    /// <summary>
    /// The lines of <see cref="ListedState"/> as the contexts are now: each Dockerfile's context listed again with the
    /// .dockerignore that applies to it now (a Dockerfile that is gone keeps an empty fingerprint).
    /// </summary>
    public static IReadOnlyList<string> Relist(IEnumerable<string> state, BuildContextLimits? limits = null)
    {
        var contexts = new BuildContexts(limits);
        var lines = new List<string>();
        foreach (var line in state)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0) continue;
            var path = line[(tab + 1)..];
            var fingerprint = File.Exists(path) ? contexts.For(path, Engine.LintRunner.ReadDockerIgnore(path)).Listing.Fingerprint : "";
            lines.Add(fingerprint + "\t" + path);
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
