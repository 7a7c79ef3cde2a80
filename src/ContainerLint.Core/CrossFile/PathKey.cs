namespace ContainerLint.Core.CrossFile;

/// <summary>
/// Pure path arithmetic on '/'-separated strings (no file system access), so references between
/// files resolve the same for paths on disk, display paths and stdin names.
/// </summary>
public static class PathKey
{
    /// <summary>How two locations compare: case-insensitive where the file system usually is.</summary>
    public static StringComparer Comparer { get; } = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>'/' separators, no <c>.</c> segments, <c>..</c> folded where possible, no trailing '/'.</summary>
    public static string Normalize(string path)
    {
        var p = path.Replace('\\', '/');
        var rooted = p.StartsWith('/');
        var parts = new List<string>();
        foreach (var segment in p.Split('/'))
        {
            if (segment.Length == 0 || segment == ".") continue;
            if (segment == ".." && parts.Count > 0 && parts[^1] != "..") parts.RemoveAt(parts.Count - 1);
            else if (segment != ".." || !rooted) parts.Add(segment);
        }

        var joined = string.Join('/', parts);
        return rooted ? "/" + joined : joined;
    }

    /// <summary>The folder of a normalised path ("" for a bare name).</summary>
    public static string Folder(string normalized)
    {
        var slash = normalized.LastIndexOf('/');
        return slash < 0 ? "" : slash == 0 ? "/" : normalized[..slash];
    }

    /// <summary><paramref name="relative"/> resolved against <paramref name="folder"/> (an absolute <paramref name="relative"/> stands alone).</summary>
    public static string Combine(string folder, string relative)
    {
        var r = relative.Replace('\\', '/');
        if (r.StartsWith('/') || (r.Length >= 2 && r[1] == ':') || folder.Length == 0) return Normalize(r);
        return Normalize(folder + "/" + r);
    }
}
