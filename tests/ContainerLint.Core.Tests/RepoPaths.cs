namespace ContainerLint.Core.Tests;

/// <summary>
/// The repository root (the folder above the test binaries that holds ContainerLint.sln) and the shared data beside
/// it (<c>../shared</c>). A missing corpus throws, so the test that needs it fails instead of passing vacuously.
/// </summary>
internal static class RepoPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ContainerLint.sln"))) return dir.FullName;
            }

            throw new InvalidOperationException("ContainerLint.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>A path below <c>../shared</c>.</summary>
    public static string Shared(params string[] parts) => Path.Combine([Root, "..", "shared", .. parts]);

    /// <summary>A folder below <c>../shared</c>, full path; throws when it is missing.</summary>
    public static string SharedFolder(params string[] parts)
    {
        var path = Path.GetFullPath(Shared(parts));
        if (!Directory.Exists(path)) throw new DirectoryNotFoundException("shared corpus folder missing: " + path);
        return path;
    }
}
