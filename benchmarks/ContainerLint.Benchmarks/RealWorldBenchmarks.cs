namespace ContainerLint.Benchmarks;

using BenchmarkDotNet.Attributes;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>
/// Per-file cost of the full Dockerfile lint (parse, facts, every rule, catalog, suppressions) over the vendored real-world
/// Dockerfiles (tests/data/realworld/dockerfiles), in process and warm. build/bench-against.sh runs it twice in one
/// BenchmarkDotNet run, against this checkout and against a Core built from another revision (the baseline job).
/// </summary>
[MemoryDiagnoser]
public class RealWorldBenchmarks
{
    private readonly LintEngine _engine = LintEngine.CreateDefault();
    private (string Path, string Text)[] _files = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = FindData("tests/data/realworld/dockerfiles");
        _files = Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("SOURCES.tsv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(root, f), File.ReadAllText(f)))
            .ToArray();
        for (var i = 0; i < 5; i++) LintDockerfiles();
    }

    /// <summary>Files linted per call (for the per-file figure: Mean / FileCount).</summary>
    public int FileCount => _files.Length;

    [Benchmark]
    public int LintDockerfiles()
    {
        var n = 0;
        foreach (var (path, text) in _files)
        {
            n += _engine.Lint(new LintInput(path, new SourceText(text)), FileKind.Dockerfile, LintConfiguration.Default).Findings.Count;
        }

        return n;
    }

    private static string FindData(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "ContainerLint.sln"))) return candidate;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable("CONTAINERLINT_REPO");
        if (fromEnvironment is not null && Directory.Exists(Path.Combine(fromEnvironment, relative))) return Path.Combine(fromEnvironment, relative);
        throw new DirectoryNotFoundException($"{relative} not found above {AppContext.BaseDirectory} (set CONTAINERLINT_REPO)");
    }
}
