namespace ContainerLint.Cli.Tests;

using Newtonsoft.Json.Linq;

/// <summary>
/// The README's first command, with the real engine: <c>containerlint samples</c> exits 1 with
/// findings only under samples/insecure, and <c>containerlint samples/secure</c> exits 0 with none.
/// </summary>
public sealed class SamplesTests
{
    private static CliResult RunReal(params string[] args) => Cli.RunReal(Cli.RepoRoot(), args);

    [Fact]
    public void TheSamplesFailAndOnlyTheInsecureOnesHaveFindings()
    {
        var result = RunReal("samples", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        var findings = (JArray)JObject.Parse(result.Stdout)["findings"]!;
        Assert.NotEmpty(findings);
        var files = findings.Select(f => (string)f["file"]!).Distinct().ToArray();
        Assert.All(files, f => Assert.StartsWith("samples/insecure/", f));
        Assert.DoesNotContain(findings, f => ((string)f["ruleId"]!).StartsWith("CL0", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSecureSamplesAreClean()
    {
        var result = RunReal("samples/secure");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(" 0 findings", result.Stdout);
    }

    [Fact]
    public void TheClassicLeakedKeyExampleReportsWhatTheIssueAsksFor()
    {
        var result = RunReal("samples/insecure/classic/Dockerfile", "--format", "json");
        var findings = (JArray)JObject.Parse(result.Stdout)["findings"]!;
        string[] Ids(int line) => findings.Where(f => (int)f["line"]! == line).Select(f => (string)f["ruleId"]!).ToArray();
        Assert.Contains("CL1002", Ids(2));   // the key stays in the ADD layer although a later RUN removes it
        Assert.Contains("CL1032", Ids(2));   // ADD where COPY serves
        Assert.Contains("CL1010", Ids(1));   // no USER in the final stage
        Assert.Contains("CL1024", Ids(1));   // centos:8 is end of life
        var secret = findings.Single(f => (string)f["ruleId"]! == "CL1002");
        Assert.Contains("rm does not remove it", (string)secret["message"]!);
    }
}
