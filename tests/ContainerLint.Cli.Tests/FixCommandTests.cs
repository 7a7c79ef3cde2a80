namespace ContainerLint.Cli.Tests;

using Newtonsoft.Json.Linq;

/// <summary><c>containerlint fix</c> as users run it: on every sample in a temporary copy, in dry-run, twice, and with bad input.</summary>
public sealed class FixCommandTests
{
    private static CliResult Run(string workingDirectory, params string[] args) => Cli.RunReal(workingDirectory, args);

    private static void CopyTree(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories)) Directory.CreateDirectory(dir.Replace(from, to, StringComparison.Ordinal));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories)) File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
    }

    private static Dictionary<(string File, string Rule, string? Container), int> Findings(string dir)
    {
        var result = Run(dir, ".", "--format", "json", "--fail-on", "none", "--policy", "all");
        Assert.Equal(0, result.ExitCode);
        return ((JArray)JObject.Parse(result.Stdout)["findings"]!)
            .GroupBy(f => ((string)f["file"]!, (string)f["ruleId"]!, (string?)f["container"]))
            .ToDictionary(g => g.Key, g => g.Count());
    }

    [Fact]
    public void EverySampleIsFixedWithoutANewFindingAndASecondFixChangesNothing()
    {
        using var dir = new TempDir();
        CopyTree(Path.Combine(Cli.RepoRoot(), "samples"), dir.Path);
        var before = Findings(dir.Path);
        var fixable = ((JArray)JObject.Parse(Run(dir.Path, ".", "--format", "sarif", "--fail-on", "none", "--policy", "all").Stdout)["runs"]![0]!["results"]!)
            .Where(r => r["fixes"] is not null)
            .Select(r => (string)r["ruleId"]!)
            .Distinct()
            .ToHashSet();
        Assert.Superset(new HashSet<string> { "CL1032", "CL1041", "CL1059", "CL1070", "CL2014", "CL2015", "CL2017", "CL2018" }, fixable);

        var fix = Run(dir.Path, "fix", "--policy", "all");
        Assert.Equal(0, fix.ExitCode);
        Assert.Contains("applied ", fix.Stderr);

        var after = Findings(dir.Path);
        foreach (var (key, count) in after) Assert.True(before.GetValueOrDefault(key) >= count, $"new finding after fix: {key}");
        foreach (var rule in fixable)
        {
            Assert.True(after.Where(a => a.Key.Rule == rule).Sum(a => a.Value) < before.Where(b => b.Key.Rule == rule).Sum(b => b.Value), $"{rule} was not fixed");
        }

        var snapshot = Directory.GetFiles(dir.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var again = Run(dir.Path, "fix", "--policy", "all");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("nothing to fix", again.Stderr);
        Assert.Equal(snapshot, Directory.GetFiles(dir.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList());
    }

    [Fact]
    public void DryRunPrintsTheExactDiffMasksSecretsAndChangesNothing()
    {
        using var dir = new TempDir();
        const string dockerfile = "# the app\r\nFROM alpine:3.21\r\nENV GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789\r\nADD app.py /app/\r\nUSER 10001\r\n";
        dir.Write("Dockerfile", dockerfile);
        var result = Run(dir.Path, "fix", "--dry-run", "Dockerfile");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "diff --git a/Dockerfile b/Dockerfile\n--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,5 +1,5 @@\n # the app\n FROM alpine:3.21\n" +
            " ENV GITHUB_TOKEN=****************************************\n-ADD app.py /app/\n+COPY app.py /app/\n USER 10001\n",
            result.Stdout);
        Assert.Equal(dockerfile, File.ReadAllText(Path.Combine(dir.Path, "Dockerfile")));
    }

    [Fact]
    public void AFixedCrlfFileKeepsEveryOtherByteAndItsByteOrderMark()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "Dockerfile");
        byte[] bom = [0xEF, 0xBB, 0xBF];
        File.WriteAllBytes(path, [.. bom, .. System.Text.Encoding.UTF8.GetBytes("FROM alpine:3.21 \r\n# keep  this\r\nADD app.py /app/\r\nUSER 10001")]);
        Assert.Equal(0, Run(dir.Path, "fix").ExitCode);
        Assert.Equal([.. bom, .. System.Text.Encoding.UTF8.GetBytes("FROM alpine:3.21 \r\n# keep  this\r\nCOPY app.py /app/\r\nUSER 10001")], File.ReadAllBytes(path));
    }

    [Fact]
    public void InlineSuppressionsAndDisabledRulesAreRespected()
    {
        using var dir = new TempDir();
        const string dockerfile = "FROM alpine:3.21\n# containerlint ignore=CL1032 -- reviewed\nADD a.py /app/\nMAINTAINER me\nUSER 10001\n";
        dir.Write("Dockerfile", dockerfile);
        Assert.Equal(0, Run(dir.Path, "fix", "--disable", "CL1070").ExitCode);
        Assert.Equal(dockerfile, File.ReadAllText(Path.Combine(dir.Path, "Dockerfile")));
    }

    [Fact]
    public void BadInputExitsWithTwo()
    {
        using var dir = new TempDir();
        var missing = Run(dir.Path, "fix", "no-such-file");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no-such-file", missing.Stderr);
        var stdin = Run(dir.Path, "fix", "-");
        Assert.Equal(2, stdin.ExitCode);
        Assert.Contains("standard input", stdin.Stderr);
        Assert.DoesNotContain("   at ", stdin.Stderr + missing.Stderr);
        Assert.Equal(0, Run(dir.Path, "fix").ExitCode);
    }
}
