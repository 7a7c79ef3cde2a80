namespace ContainerLint.Core.Tests;

/// <summary>
/// The repository root (the folder above the test binaries that holds ContainerLint.sln) and the test data vendored
/// under <c>tests/data</c>. A missing data folder throws, so the test that needs it fails instead of passing vacuously.
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

    /// <summary>A path below <c>tests/data</c>.</summary>
    public static string Data(params string[] parts) => Path.Combine([Root, "tests", "data", .. parts]);

    /// <summary>A folder below <c>tests/data</c>, full path; throws when it is missing.</summary>
    public static string DataFolder(params string[] parts)
    {
        var path = Path.GetFullPath(Data(parts));
        if (!Directory.Exists(path)) throw new DirectoryNotFoundException("vendored test data folder missing (build/refresh-test-data.sh restores it): " + path);
        return path;
    }

    /// <summary>A file below <c>tests/data</c>, full path; throws when it is missing.</summary>
    public static string DataFile(params string[] parts)
    {
        var path = Path.GetFullPath(Data(parts));
        if (!File.Exists(path)) throw new FileNotFoundException("vendored test data file missing (build/refresh-test-data.sh restores it): " + path, path);
        return path;
    }
}
