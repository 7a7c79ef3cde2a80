namespace ContainerLint.Cli.Tests;

using Newtonsoft.Json.Linq;

/// <summary>
/// <c>containerlint baseline</c> and the lint with a baseline, run as the real tool on a copy of samples/insecure
/// (a repository with Dockerfiles, manifests, Compose files and a .NET project, 100+ findings).
/// </summary>
public sealed class BaselineTests
{
    private const string BaselineFile = ".containerlint-baseline.json";

    private static TempDir Repository()
    {
        var dir = new TempDir("cl-baseline-");
        var samples = Path.Combine(Cli.RepoRoot(), "samples", "insecure");
        foreach (var file in Directory.EnumerateFiles(samples, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(samples, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj")) continue;
            dir.Write(relative, File.ReadAllText(file));
        }

        return dir;
    }

    private static JArray Findings(CliResult result) => (JArray)JObject.Parse(result.Stdout)["findings"]!;

    private static JArray Entries(TempDir dir) => (JArray)JObject.Parse(File.ReadAllText(Path.Combine(dir.Path, BaselineFile)))["findings"]!;

    [Fact]
    public void ABaselinedRepositoryReportsOnlyTheNewFindingAndFailsOnlyForIt()
    {
        using var dir = Repository();
        var before = Cli.RunReal(dir.Path, "--format", "json", ".");
        Assert.Equal(1, before.ExitCode);
        var all = Findings(before).Count;
        Assert.True(all > 50, $"{all} findings");

        var written = Cli.RunReal(dir.Path, "baseline");
        Assert.True(written.ExitCode == 0, written.Stderr);
        Assert.Contains($"wrote {BaselineFile}: {all} findings ({all} added, 0 no longer found and dropped)", written.Stdout, StringComparison.Ordinal);

        var clean = Cli.RunReal(dir.Path, "--no-color", ".");
        Assert.True(clean.ExitCode == 0, clean.Stdout + clean.Stderr);
        Assert.Contains($", 0 findings (0 errors, 0 warnings, 0 notes), {all} baselined in ", clean.Stdout, StringComparison.Ordinal);
        Assert.Equal("", clean.Stderr);

        // A new pipe-to-shell: the one error reported, with its pipefail note; nothing old comes back.
        File.AppendAllText(Path.Combine(dir.Path, "classic", "Dockerfile"), "RUN curl -fsSL https://get.example.com | sh\n");
        var after = Cli.RunReal(dir.Path, "--format", "json", ".");
        Assert.Equal(1, after.ExitCode);
        Assert.Equal(["classic/Dockerfile:CL1034", "classic/Dockerfile:CL1060"], Findings(after).Select(f => $"{f["file"]}:{f["ruleId"]}").Order(StringComparer.Ordinal));

        // --include-suppressed shows the baselined ones, marked; --no-baseline reports everything again.
        var shown = Findings(Cli.RunReal(dir.Path, "--format", "json", "--include-suppressed", "."));
        Assert.Equal(all, shown.Count(f => (bool?)f["baselined"] == true));
        Assert.All(shown.Where(f => (bool?)f["baselined"] == true), f => Assert.True((bool)f["suppressed"]!));
        Assert.Equal(all + 2, Findings(Cli.RunReal(dir.Path, "--format", "json", "--no-baseline", ".")).Count);

        // The annotating formats leave baselined findings out too.
        Assert.Equal(2, JArray.Parse(Cli.RunReal(dir.Path, "--format", "gitlab", ".").Stdout).Count);
        Assert.StartsWith("##vso[task.logissue type=error;sourcepath=classic/Dockerfile;", Assert.Single(Cli.RunReal(dir.Path, "--format", "azure", ".").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void SarifMarksEachResultNewOrUnchanged()
    {
        using var dir = Repository();
        var plain = JObject.Parse(Cli.RunReal(dir.Path, "--format", "sarif", ".").Stdout);
        Assert.DoesNotContain("baselineState", plain.ToString(), StringComparison.Ordinal);

        Assert.Equal(0, Cli.RunReal(dir.Path, "baseline").ExitCode);
        File.AppendAllText(Path.Combine(dir.Path, "classic", "Dockerfile"), "RUN curl -fsSL https://get.example.com | sh\n");
        var sarif = JObject.Parse(Cli.RunReal(dir.Path, "--format", "sarif", ".").Stdout);
        var results = sarif["runs"]![0]!["results"]!.ToList();
        var fresh = results.Where(r => (string?)r["baselineState"] == "new").ToList();
        Assert.Equal(["CL1034", "CL1060"], fresh.Select(r => (string)r["ruleId"]!).Order(StringComparer.Ordinal));
        Assert.All(fresh, r => Assert.Null(r["suppressions"]));
        var unchanged = results.Where(r => (string?)r["baselineState"] == "unchanged").ToList();
        Assert.Equal(Entries(dir).Count, unchanged.Count);
        Assert.All(unchanged, r => Assert.Equal("external", (string?)r["suppressions"]![0]!["kind"]));
        Assert.Equal(results.Count, fresh.Count + unchanged.Count);

        // Run from the baseline's folder, its fingerprints are SARIF's partialFingerprints.
        Assert.Equal(
            Entries(dir).Select(e => (string)e["fingerprint"]!).Order(StringComparer.Ordinal),
            unchanged.Select(r => (string)r["partialFingerprints"]!["containerlint/v1"]!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void InsertingLinesAboveFindingsKeepsTheirMatch()
    {
        using var dir = Repository();
        Assert.Equal(0, Cli.RunReal(dir.Path, "baseline").ExitCode);
        var dockerfile = Path.Combine(dir.Path, "classic", "Dockerfile");
        var manifest = Path.Combine(dir.Path, "k8s", "deployment.yaml");
        File.WriteAllText(dockerfile, "# syntax=docker/dockerfile:1\n\n# moved down three lines\n" + File.ReadAllText(dockerfile));
        File.WriteAllText(manifest, "# a comment\n# and another\n" + File.ReadAllText(manifest));

        var result = Cli.RunReal(dir.Path, "--format", "json", ".");
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Empty(Findings(result));
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void AFixedFindingIsReportedStaleAndTheRewriteDropsIt()
    {
        using var dir = Repository();
        Assert.Equal(0, Cli.RunReal(dir.Path, "baseline").ExitCode);
        var count = Entries(dir).Count;
        var dockerfile = Path.Combine(dir.Path, "classic", "Dockerfile");
        Assert.Contains(Entries(dir), e => (string?)e["file"] == "classic/Dockerfile" && (string?)e["ruleId"] == "CL1002");

        // The key ADDed and removed (CL1002) is no longer copied in.
        File.WriteAllText(dockerfile, File.ReadAllText(dockerfile).Replace("ADD ./git-repo-key /tmp\n", "", StringComparison.Ordinal));
        var result = Cli.RunReal(dir.Path, ".");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("baseline entr", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("run `containerlint baseline` to drop", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("classic/Dockerfile:2  CL1002  ", result.Stderr, StringComparison.Ordinal);

        var rewritten = Cli.RunReal(dir.Path, "baseline");
        Assert.Equal(0, rewritten.ExitCode);
        var entries = Entries(dir);
        Assert.True(entries.Count < count, $"{entries.Count} of {count}");
        Assert.DoesNotContain(entries, e => (string?)e["file"] == "classic/Dockerfile" && (string?)e["ruleId"] == "CL1002");
        Assert.Equal("", Cli.RunReal(dir.Path, ".").Stderr);
    }

    [Fact]
    public void InputDiagnosticsAreNeverBaselined()
    {
        using var dir = Repository();
        dir.Write("broken/Dockerfile", "FROM alpine:3.20\nRUNN echo hi\n");
        Assert.Equal(0, Cli.RunReal(dir.Path, "baseline").ExitCode);
        Assert.DoesNotContain(Entries(dir), e => ((string)e["ruleId"]!).StartsWith("CL0", StringComparison.Ordinal));
        var result = Cli.RunReal(dir.Path, "--format", "json", ".");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["broken/Dockerfile:CL0003"], Findings(result).Select(f => $"{f["file"]}:{f["ruleId"]}"));
    }

    [Fact]
    public void TheBaselineIsFoundFromASubfolderAndALintOfSomeFilesLeavesTheOthersEntriesAlone()
    {
        using var dir = Repository();
        Assert.Equal(0, Cli.RunReal(dir.Path, "baseline").ExitCode);
        var bytes = File.ReadAllText(Path.Combine(dir.Path, BaselineFile));

        // From a subfolder: the baseline above applies (entries name files relative to it); no other file's entry is stale.
        var sub = Cli.RunReal(Path.Combine(dir.Path, "classic"), "--format", "json", ".");
        Assert.True(sub.ExitCode == 0, sub.Stdout + sub.Stderr);
        Assert.Empty(Findings(sub));
        Assert.Equal("", sub.Stderr);
        var one = Cli.RunReal(dir.Path, "k8s/deployment.yaml");
        Assert.Equal(0, one.ExitCode);
        Assert.Equal("", one.Stderr);

        // Baselining one folder again keeps every other entry; the same findings give the same bytes.
        Assert.Equal(0, Cli.RunReal(dir.Path, "baseline", "classic").ExitCode);
        Assert.Equal(bytes, File.ReadAllText(Path.Combine(dir.Path, BaselineFile)));
        Assert.Equal(0, Cli.RunReal(dir.Path, "baseline").ExitCode);
        Assert.Equal(bytes, File.ReadAllText(Path.Combine(dir.Path, BaselineFile)));
    }

    [Fact]
    public void AMissingOrBrokenBaselineIsAUsageError()
    {
        using var dir = Repository();
        var missing = Cli.RunReal(dir.Path, "--baseline", "nope.json", ".");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nope.json: baseline file not found", missing.Stderr, StringComparison.Ordinal);

        dir.Write(BaselineFile, "{\n  \"version\": 1,\n  \"findings\": [ { \"ruleId\": \"CL1020\" } ]\n}\n");
        var broken = Cli.RunReal(dir.Path, ".");
        Assert.Equal(2, broken.ExitCode);
        Assert.Contains(BaselineFile + "(3,17): error CL0002: a baseline entry needs \"file\"", broken.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", broken.Stderr, StringComparison.Ordinal);

        // --baseline names another file; --no-baseline ignores the broken one.
        Assert.Equal(1, Cli.RunReal(dir.Path, "--no-baseline", ".").ExitCode);
        Assert.Equal(0, Cli.RunReal(dir.Path, "baseline", "--output", "other.json").ExitCode);
        Assert.Equal(0, Cli.RunReal(dir.Path, "--baseline", "other.json", ".").ExitCode);
    }
}
