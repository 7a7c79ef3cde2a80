namespace ContainerLint.Cli.Tests;

using Newtonsoft.Json.Linq;

public sealed class ConfigurationTests
{
    private static List<string> Findings(CliResult result) =>
        JObject.Parse(result.Stdout)["findings"]!.Select(f => $"{f["file"]}:{f["ruleId"]}:{f["severity"]}").ToList();

    [Fact]
    public void TheNearestConfigurationWins()
    {
        using var dir = new TempDir();
        dir.Write(".containerlint.yaml", "severity:\n  CL1990: warning\n");
        dir.Write("Dockerfile", "RUN BAD\n");
        dir.Write("svc/.containerlint.yaml", "disable: [CL1990]\n");
        dir.Write("svc/Dockerfile", "RUN BAD\nRUN WARN\n");
        dir.Write("svc/deep/Dockerfile", "RUN BAD\n");
        var result = Cli.Run(dir.Path, "--format", "json", ".");
        Assert.Equal(["Dockerfile:CL1990:warning", "svc/Dockerfile:CL1991:warning"], Findings(result));
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void ExplicitConfigOverridesDiscoveryAndCliOptionsWinOverTheFile()
    {
        using var dir = new TempDir();
        dir.Write(".containerlint.yaml", "disable: [CL1990]\n");
        dir.Write("strict.yaml", "severity: {CL1991: error}\nenable: [CL1992]\n");
        dir.Write("Dockerfile", "RUN BAD\nRUN WARN\n");
        Assert.Equal(["Dockerfile:CL1990:error", "Dockerfile:CL1991:error"], Findings(Cli.Run(dir.Path, "--format", "json", "--config", "strict.yaml", ".")));
        Assert.Equal(
            ["Dockerfile:CL1990:error", "Dockerfile:CL1991:note"],
            Findings(Cli.Run(dir.Path, "--format", "json", "--config", "strict.yaml", "--severity", "CL1991=note", ".")));
        Assert.Equal(["Dockerfile:CL1990:error"], Findings(Cli.Run(dir.Path, "--format", "json", "--config", "strict.yaml", "--disable", "CL1991", ".")));
    }

    [Theory]
    [InlineData("disable: [CL1990]\ncolour: red\n", "(2,1): error CL0002: unknown setting 'colour'")]
    [InlineData("disable:\n  - CL1990\n  - CL12345\n", "(3,5): error CL0002: unknown rule id 'CL12345'")]
    [InlineData("severity:\n  CL1990: loud\n", "(2,11): error CL0002: bad level 'loud' for CL1990")]
    [InlineData("severity:\n  CLXXXX: error\n", "(2,3): error CL0002: unknown rule id 'CLXXXX'")]
    [InlineData("policy: strictest\n", "(1,9): error CL0002: unknown policy 'strictest'")]
    [InlineData("disable: CL1990: x\n", "invalid YAML")]
    [InlineData("- just\n- a list\n", "(1,1): error CL0002: expected a mapping")]
    [InlineData("eolReferenceDate: tomorrow\n", "(1,19): error CL0002: bad date 'tomorrow'")]
    [InlineData("allowInlineSuppressions: maybe\n", "(1,26): error CL0002: expected true or false")]
    [InlineData("disable: []\ndisable: []\n", "(2,1): error CL0002: 'disable' appears twice")]
    [InlineData("disable: [CL1990\npolicy: all\n", "(2,1): error CL0002: invalid YAML: the flow sequence '[' opened at line 1, column 10 is not closed")]
    public void ABadConfigurationIsAnErrorNamingFileAndLine(string yaml, string expected) => BadConfiguration(yaml, expected);

    [Fact]
    public void ADeeplyNestedConfigurationIsAnErrorNotAStackOverflow() =>
        // Issue #15, defect 1: 50,000 nested sequences killed the CLI (exit 134) through YamlDotNet's representation model.
        BadConfiguration("disable:\n  " + string.Concat(Enumerable.Repeat("- ", 50_000)) + "x\n", "(2,1001): error CL0002: invalid YAML: nested deeper than 500 levels");

    private static void BadConfiguration(string yaml, string expected)
    {
        using var dir = new TempDir();
        dir.Write("sub/.containerlint.yaml", yaml);
        dir.Write("sub/Dockerfile", "RUN BAD\n");
        var result = Cli.Run(dir.Path, ".");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(".containerlint.yaml", result.Stderr);
        Assert.Contains(expected, result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void IgnorePathsAreRelativeToTheConfigurationFile()
    {
        using var dir = new TempDir();
        dir.Write("repo/.containerlint.yaml", "ignorePaths:\n  - vendor\n  - \"**/*.test.yaml\"\n  - legacy/Dockerfile\n");
        dir.Write("repo/Dockerfile", "RUN BAD\n");
        dir.Write("repo/vendor/x/Dockerfile", "RUN BAD\n");
        dir.Write("repo/legacy/Dockerfile", "RUN BAD\n");
        dir.Write("repo/k8s/pod.test.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: BAD}\n");
        dir.Write("repo/k8s/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: BAD}\n");
        var result = Cli.Run(dir.Path, "--format", "json", "repo", "repo/legacy/Dockerfile");
        Assert.Equal(["repo/Dockerfile:CL1990:error", "repo/k8s/pod.yaml:CL1990:error"], Findings(result));
    }

    [Fact]
    public void InlineSuppressionsCanBeTurnedOff()
    {
        using var dir = new TempDir();
        dir.Write(".containerlint.yaml", "allowInlineSuppressions: false\n");
        dir.Write("Dockerfile", "# containerlint ignore=CL1990\nRUN BAD\n");
        Assert.Equal(["Dockerfile:CL1990:error"], Findings(Cli.Run(dir.Path, "--format", "json", ".")));
    }

    [Fact]
    public void StdinUsesTheConfigurationOfItsStdinFileName()
    {
        using var dir = new TempDir();
        dir.Write("svc/.containerlint.yaml", "disable: [CL1990]\n");
        var result = Cli.RunWith(dir.Path, "RUN BAD\nRUN WARN\n", null, false, "-", "--stdin-filename", "svc/Dockerfile", "--format", "json");
        Assert.Equal(["svc/Dockerfile:CL1991:warning"], Findings(result));
    }
}
