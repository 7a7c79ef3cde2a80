namespace ContainerLint.Core.Tests.Dockerfile;

/// <summary>BuildKit's parser corpus, vendored under tests/data/buildkit-parser; a missing corpus fails the test.</summary>
internal static class CorpusPaths
{
    public static string DockerfileParser => RepoPaths.DataFolder("buildkit-parser");

    public static IEnumerable<object[]> Cases(string folder)
    {
        var root = Path.Combine(DockerfileParser, folder);
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException("BuildKit corpus folder missing: " + root);
        return Directory.GetDirectories(root).Select(Path.GetFileName).Order(StringComparer.Ordinal).Select(n => new object[] { n! });
    }

    /// <summary>Reads a corpus file the way the linter does (decoded UTF-8, BOM stripped).</summary>
    public static string Read(params string[] parts)
    {
        var bytes = File.ReadAllBytes(Path.Combine([DockerfileParser, .. parts]));
        return Core.Text.SourceDecoder.Decode(bytes, out _, out _) ?? throw new InvalidDataException("binary corpus file");
    }
}
