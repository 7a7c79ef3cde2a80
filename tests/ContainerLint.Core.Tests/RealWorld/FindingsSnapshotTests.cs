namespace ContainerLint.Core.Tests.RealWorld;

using System.Globalization;
using System.Text;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;

/// <summary>
/// The golden snapshot of every default-policy finding over the vendored real-world files (tests/data/realworld, the
/// permissively licensed part of the shared corpus), one snapshot file per source repository under
/// <c>RealWorld/Snapshots</c>. A change in findings fails this test until the snapshot is updated, so every change is
/// reviewed as a diff: run the tests with <c>CONTAINERLINT_UPDATE_SNAPSHOTS=1</c> to rewrite the snapshots, then read
/// <c>git diff</c>. A mismatch also writes <c>*.received.txt</c> beside the snapshot (ignored by git).
/// </summary>
public sealed class FindingsSnapshotTests
{
    /// <summary>A fixed "today", so end-of-life findings do not change with the calendar.</summary>
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Rendered = new(Render);

    public static TheoryData<string> Repositories()
    {
        var data = new TheoryData<string>();
        foreach (var key in Rendered.Value.Keys) data.Add(key);
        return data;
    }

    [Fact]
    public void EveryVendoredRepositoryHasASnapshotAndNoSnapshotIsStale()
    {
        var expected = Rendered.Value.Keys.Select(k => k + ".txt").Order(StringComparer.Ordinal).ToArray();
        Assert.True(expected.Length >= 90, $"only {expected.Length} repositories vendored");
        if (Update) return;
        var present = Directory.GetFiles(SnapshotRoot, "*.txt", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".received.txt", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(SnapshotRoot, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(expected, present);
    }

    [Theory]
    [MemberData(nameof(Repositories))]
    public void FindingsMatchTheReviewedSnapshot(string repository)
    {
        var actual = Rendered.Value[repository];
        var path = Path.Combine(SnapshotRoot, repository + ".txt");
        var received = path[..^4] + ".received.txt";
        if (Update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(path) ? File.ReadAllText(path) : "";
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail($"findings of {repository} differ from the reviewed snapshot (review, then set CONTAINERLINT_UPDATE_SNAPSHOTS=1):\n{Diff(expected, actual)}");
    }

    private static bool Update => Environment.GetEnvironmentVariable("CONTAINERLINT_UPDATE_SNAPSHOTS") == "1";

    private static string SnapshotRoot => Path.Combine(RepoPaths.Root, "tests", "ContainerLint.Core.Tests", "RealWorld", "Snapshots");

    private static string DataRoot
    {
        get
        {
            var path = Path.Combine(RepoPaths.Root, "tests", "data", "realworld");
            if (!Directory.Exists(path)) throw new DirectoryNotFoundException("vendored real-world corpus missing: " + path);
            return path;
        }
    }

    /// <summary>Lints every vendored file in one run (so the cross-file pass joins a repository's files) and renders each repository's findings.</summary>
    private static IReadOnlyDictionary<string, string> Render()
    {
        var root = DataRoot;
        var files = new[] { "dockerfiles", "k8s" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => f.Count(c => c == '/') >= 2)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var configuration = LintConfiguration.Default with { EolReferenceDate = Today };
        var runner = new LintRunner(LintEngine.CreateDefault(), _ => configuration);
        var results = runner.Run(files.Select(f => new LintTarget(Path.Combine(root, f), f)).ToArray());

        var byRepository = new SortedDictionary<string, StringBuilder>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            var parts = result.Path.Split('/');
            var key = parts[0] + "/" + parts[1];
            if (!byRepository.TryGetValue(key, out var sb)) byRepository[key] = sb = new StringBuilder();
            if (result.Skipped && result.Findings.Count == 0) continue;
            sb.Append("== ").Append(result.Path).Append(" (").Append(result.Kind.ToName()).Append(")\n");
            foreach (var f in result.Findings)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{f.Span.Line}:{f.Span.Column}-{f.Span.EndLine}:{f.Span.EndColumn} {f.Severity.ToName()} {f.RuleId} {f.Message}");
                if (f.Object is not null) sb.Append(" [").Append(f.Object).Append(f.Container is null ? "" : "/" + f.Container).Append(']');
                sb.Append('\n');
            }
        }

        return byRepository.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
    }

    /// <summary>The lines only in one side, marked - (snapshot) and + (now), at most 40.</summary>
    private static string Diff(string expected, string actual)
    {
        var before = expected.Split('\n');
        var after = actual.Split('\n');
        var removed = before.Except(after).Select(l => "- " + l);
        var added = after.Except(before).Select(l => "+ " + l);
        var lines = removed.Concat(added).ToArray();
        return string.Join("\n", lines.Take(40)) + (lines.Length > 40 ? $"\n… {lines.Length - 40} more" : "");
    }
}
