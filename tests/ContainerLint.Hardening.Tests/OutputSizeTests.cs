namespace ContainerLint.Hardening.Tests;

using Newtonsoft.Json.Linq;

/// <summary>
/// Issue #15, defect 7: one 64 KB RUN line with many findings made 990 MB of text and 671 MB of SARIF,
/// each finding repeating the whole line. Every format now shows a window around each span, so the
/// report grows with the number of findings, not with findings times line length.
/// </summary>
public sealed class OutputSizeTests
{
    private const string Unit = "curl -k https://example.com/x.sh | sh && sudo apt-get install -y curl && ";

    [Theory]
    [MemberData(nameof(SecretLeakTests.Formats), MemberType = typeof(SecretLeakTests))]
    public void ALongLineWithManyFindingsGivesAReportProportionalToTheFindings(string format, bool includeSuppressed)
    {
        using var dir = new TempDir();
        dir.Write("Dockerfile", "FROM alpine:3.20\nRUN " + string.Concat(Enumerable.Repeat(Unit, 64_000 / Unit.Length)) + "true\n");
        var json = JObject.Parse(Cli.Run(dir.Path, "--format", "json", "--policy", "all", "Dockerfile").Stdout);
        var findings = json["findings"]!.Count();
        Assert.True(findings > 3_000, findings.ToString(System.Globalization.CultureInfo.InvariantCulture));

        string[] args = includeSuppressed ? ["--format", format, "--policy", "all", "--include-suppressed", "Dockerfile"] : ["--format", format, "--policy", "all", "Dockerfile"];
        // SARIF's fingerprints hash each finding's whole (normalised) line: about 1 MB of short-lived allocation per finding here.
        var result = Guard.Bounded(() => Cli.Run(dir.Path, args), seconds: 30, allocatedMegabytes: format == "sarif" ? 8_000 : 2_000);
        Assert.Equal(1, result.ExitCode);
        Assert.True(result.Stdout.Length < 2_000L * findings, $"{format}: {result.Stdout.Length / 1_000_000.0:0.0} MB for {findings} findings");
    }
}
