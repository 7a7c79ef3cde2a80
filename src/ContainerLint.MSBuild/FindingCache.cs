namespace ContainerLint.MSBuild;

using System.Text.Json;

/// <summary>
/// The findings of the last lint of a project, kept in obj/ so a no-op build (target skipped as
/// up to date) reports them again instead of silently dropping them.
/// </summary>
internal static class FindingCache
{
    private const int FormatVersion = 1;

    private sealed record CacheFile(int Version, IReadOnlyList<CachedFinding> Findings);

    public static void Write(string path, IReadOnlyList<CachedFinding> findings)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        // Empty when there is nothing to replay: the replay target then does not even load the task.
        File.WriteAllText(path, findings.Count == 0 ? "" : JsonSerializer.Serialize(new CacheFile(FormatVersion, findings)));
        // Always bump the time stamp: the file is the target's Output.
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
    }

    /// <summary>The cached findings, or null when the cache is missing or from another format version.</summary>
    public static IReadOnlyList<CachedFinding>? Read(string path)
    {
        try
        {
            var cache = JsonSerializer.Deserialize<CacheFile>(File.ReadAllText(path));
            return cache?.Version == FormatVersion ? cache.Findings : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}
