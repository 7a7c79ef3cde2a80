namespace ContainerLint.Core.Kubernetes;

using System.Collections.Concurrent;
using ContainerLint.Core.Text;
using ContainerLint.Core.Yaml;

/// <summary>
/// Knows which files are Kustomize patch fragments: the files a <c>kustomization.yaml</c> (Kustomization or Component)
/// lists under <c>patches</c>, <c>patchesStrategicMerge</c> or <c>patchesJson6902</c>. A fragment is not an object: it
/// sets a few fields of one that its base defines, so it is linted for what it sets and never for what it leaves out.
/// Kustomize only loads files at or below a kustomization's folder, so the kustomizations that can name a file are in
/// its folder and the folders above it. One instance serves a run: thread-safe, each folder is read once.
/// </summary>
public sealed class KustomizePatches
{
    /// <summary>The names kustomize looks for in a folder, in its order.</summary>
    public static readonly IReadOnlyList<string> FileNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

    /// <summary>How many folders above a file are searched for a kustomization naming it.</summary>
    private const int MaxAncestors = 16;

    /// <summary>A kustomization is a small file; a larger one is not read.</summary>
    private const int MaxBytes = 1024 * 1024;

    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _patchesByFolder = new(StringComparer.Ordinal);

    /// <summary>Whether a kustomization in the file's folder or a folder above it lists the file as a patch.</summary>
    public bool IsPatch(string? fullPath)
    {
        if (string.IsNullOrEmpty(fullPath)) return false;
        var file = Path.GetFullPath(fullPath);
        var folder = Path.GetDirectoryName(file);
        for (var i = 0; folder is not null && i <= MaxAncestors; i++, folder = Path.GetDirectoryName(folder))
        {
            if (_patchesByFolder.GetOrAdd(folder, Read).Contains(file)) return true;
        }

        return false;
    }

    /// <summary>The full paths of the patch files the kustomization in <paramref name="folder"/> lists (none when it has none or cannot be read).</summary>
    private static IReadOnlySet<string> Read(string folder)
    {
        foreach (var name in FileNames)
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path)) continue;
            try
            {
                return PatchFiles(folder, SafeFileReader.ReadAllText(path, MaxBytes));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return new HashSet<string>();
            }
        }

        return new HashSet<string>();
    }

    /// <summary>
    /// The full paths of the patch files a kustomization's text lists, resolved against its <paramref name="folder"/>:
    /// <c>patchesStrategicMerge: [file]</c>, <c>patches: [{path: file}]</c>, <c>patchesJson6902: [{path: file}]</c>. Inline
    /// patches (text instead of a file name) name no file.
    /// </summary>
    public static IReadOnlySet<string> PatchFiles(string folder, string kustomization)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        var yaml = YamlStream.Load(new SourceText(kustomization));
        foreach (var document in yaml.Documents)
        {
            if (document.Root is not YamlMapping root) continue;
            foreach (var item in root.GetSequence("patchesStrategicMerge")?.Items ?? [])
            {
                if (item is YamlScalar { IsNull: false } s) Add(files, folder, s.Value);
            }

            foreach (var key in new[] { "patches", "patchesJson6902" })
            {
                foreach (var item in (root.GetSequence(key)?.Items ?? []).OfType<YamlMapping>())
                {
                    if (item.GetString("path") is { } path) Add(files, folder, path);
                }
            }
        }

        return files;
    }

    private static void Add(HashSet<string> files, string folder, string relative)
    {
        var name = relative.Trim();
        // Inline strategic-merge patches are YAML text, not file names.
        if (name.Length == 0 || name.Contains('\n', StringComparison.Ordinal) || name.Contains("://", StringComparison.Ordinal)) return;
        try
        {
            files.Add(Path.GetFullPath(Path.Combine(folder, name)));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            // Not a usable path: it names no file.
        }
    }
}
