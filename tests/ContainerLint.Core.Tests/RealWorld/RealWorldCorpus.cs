namespace ContainerLint.Core.Tests.RealWorld;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;

/// <summary>
/// The real-world corpus under <c>RealWorld/data</c>, linted the way the CLI does it: through
/// <see cref="LintRunner"/>, with the kind decided by <see cref="FileClassifier"/> from the file name and content.
/// </summary>
internal static class RealWorldCorpus
{
    private static readonly LintEngine Engine = LintEngine.CreateDefault();

    /// <summary>The data folder; a missing folder fails the test.</summary>
    public static string DataRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ContainerLint.sln"))) dir = dir.Parent;
            if (dir is null) throw new InvalidOperationException("ContainerLint.sln not found above " + AppContext.BaseDirectory);
            var path = Path.Combine(dir.FullName, "tests", "ContainerLint.Core.Tests", "RealWorld", "data");
            if (!Directory.Exists(path)) throw new DirectoryNotFoundException("real-world corpus missing: " + path);
            return path;
        }
    }

    /// <summary>Every file below <paramref name="folder"/> (relative to the data root, '/' separators), sorted.</summary>
    public static IEnumerable<string> Files(string folder)
    {
        var root = DataRoot;
        var dir = Path.Combine(root, folder);
        if (!Directory.Exists(dir)) throw new DirectoryNotFoundException("real-world corpus folder missing: " + dir);
        return Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    public static byte[] Read(string relative) => File.ReadAllBytes(Path.Combine(DataRoot, relative));

    /// <summary>Lints a corpus file from disk as a directory walk would find it (not explicitly given).</summary>
    public static FileResult Lint(string relative, LintConfiguration? configuration = null) =>
        LintBytes(relative, Read(relative), configuration);

    /// <summary>Lints <paramref name="content"/> under the display name <paramref name="relative"/>, kind from the classifier.</summary>
    public static FileResult LintBytes(string relative, byte[] content, LintConfiguration? configuration = null, bool explicitlyGiven = false)
    {
        var runner = new LintRunner(Engine, _ => configuration ?? LintConfiguration.Default);
        var target = new LintTarget(null, relative, Kind: null, ExplicitlyGiven: explicitlyGiven) { Content = content };
        return runner.Run([target])[0];
    }

    /// <summary><c>CL2102@123:9</c> for each finding, in output order.</summary>
    public static IReadOnlyList<string> Pins(FileResult result) =>
        result.Findings.Select(f => $"{f.RuleId}@{f.Span.Line}:{f.Span.Column}").ToList();

    public static string Describe(IEnumerable<Finding> findings) =>
        string.Join("\n", findings.Select(f => $"{f.RuleId} {f.Span.Line}:{f.Span.Column} [{f.Object}/{f.Container}] {f.Message}"));
}
