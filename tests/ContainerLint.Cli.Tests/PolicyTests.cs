namespace ContainerLint.Cli.Tests;

using Newtonsoft.Json.Linq;

/// <summary>Issue #17 item 2: a root configuration's enforce: list, requireSuppressionReason and until= expiry, end to end.</summary>
public sealed class PolicyTests
{
    private static List<string> Findings(CliResult result) =>
        JObject.Parse(result.Stdout)["findings"]!.Select(f => $"{f["file"]}:{f["line"]}:{f["column"]}:{f["ruleId"]}:{f["severity"]}").ToList();

    private static TempDir Repository(string rootConfiguration)
    {
        var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, ".git"));
        dir.Write(".containerlint.yaml", rootConfiguration);
        return dir;
    }

    [Fact]
    public void ANestedConfigurationCannotDisableOrLowerAnEnforcedRule()
    {
        using var dir = Repository("enforce: [CL1990, CL1991]\n");
        dir.Write("svc/.containerlint.yaml", "disable: [CL1990, CL1992]\nseverity:\n  CL1991: note\n");
        dir.Write("svc/Dockerfile", "RUN BAD\nRUN WARN\nRUN NOTE\n");
        var result = Cli.Run(dir.Path, "--format", "json", ".");
        Assert.Equal(
            [
                "svc/.containerlint.yaml:1:11:CL0018:warning",
                "svc/.containerlint.yaml:3:3:CL0018:warning",
                "svc/Dockerfile:1:5:CL1990:error",
                "svc/Dockerfile:2:5:CL1991:warning",
            ],
            Findings(result));
        Assert.Equal(1, result.ExitCode);
        var message = (string)JObject.Parse(result.Stdout)["findings"]![0]!["message"]!;
        Assert.Equal("CL1990 is enforced by the root configuration (.containerlint.yaml); this setting has no effect.", message);
    }

    [Fact]
    public void WithoutEnforceTheNestedConfigurationStillWins()
    {
        // The control of the test above: the same nested file under a root that locks nothing turns the rules off.
        using var dir = Repository("policy: recommended\n");
        dir.Write("svc/.containerlint.yaml", "disable: [CL1990]\nseverity:\n  CL1991: note\n");
        dir.Write("svc/Dockerfile", "RUN BAD\nRUN WARN\n");
        Assert.Equal(["svc/Dockerfile:2:5:CL1991:note"], Findings(Cli.Run(dir.Path, "--format", "json", ".")));
    }

    [Fact]
    public void TheRootIsTheOutermostConfigurationInsideTheRepository()
    {
        // A configuration above the folder holding .git belongs to another repository: its enforce: does not reach in.
        using var outer = new TempDir();
        outer.Write(".containerlint.yaml", "enforce: [CL1990]\n");
        Directory.CreateDirectory(Path.Combine(outer.Path, "repo", ".git"));
        outer.Write("repo/.containerlint.yaml", "disable: [CL1990]\n");
        outer.Write("repo/Dockerfile", "RUN BAD\n");
        Assert.Equal([], Findings(Cli.Run(Path.Combine(outer.Path, "repo"), "--format", "json", ".")));
    }

    [Fact]
    public void RaisingAnEnforcedRuleIsAllowedAndTheRootsLevelIsTheFloor()
    {
        using var dir = Repository("enforce: [CL1992]\nseverity:\n  CL1992: warning\n");
        dir.Write("a/.containerlint.yaml", "severity:\n  CL1992: error\n");
        dir.Write("a/Dockerfile", "RUN NOTE\n");
        dir.Write("b/.containerlint.yaml", "severity:\n  CL1992: note\n");
        dir.Write("b/Dockerfile", "RUN NOTE\n");
        Assert.Equal(
            ["a/Dockerfile:1:5:CL1992:error", "b/.containerlint.yaml:2:3:CL0018:warning", "b/Dockerfile:1:5:CL1992:warning"],
            Findings(Cli.Run(dir.Path, "--format", "json", ".")));
    }

    [Fact]
    public void CommandLineFlagsAreTheOperatorsAndWin()
    {
        using var dir = Repository("enforce: [CL1990]\n");
        dir.Write("Dockerfile", "RUN BAD\n");
        Assert.Equal([], Findings(Cli.Run(dir.Path, "--format", "json", "--disable", "CL1990", ".")));
        Assert.Equal(["Dockerfile:1:5:CL1990:note"], Findings(Cli.Run(dir.Path, "--format", "json", "--severity", "CL1990=note", ".")));
    }

    [Fact]
    public void AnInlineIgnoreOfAnEnforcedRuleIsReportedAndHasNoEffect()
    {
        using var dir = Repository("enforce: [CL1990]\n");
        dir.Write("Dockerfile", "# containerlint ignore=CL1990 -- we know\nRUN BAD\n# containerlint ignore=CL1991 -- accepted\nRUN WARN\n");
        Assert.Equal(["Dockerfile:1:1:CL0019:warning", "Dockerfile:2:5:CL1990:error"], Findings(Cli.Run(dir.Path, "--format", "json", ".")));
    }

    [Fact]
    public void AnEditorConfigCannotLowerAnEnforcedRule()
    {
        // CL1992: `default` would drop the root's warning for the rule's own note, so it is ignored too.
        using var dir = Repository("enforce: [CL1990, CL1991, CL1992]\nseverity:\n  CL1992: warning\n");
        dir.Write(".editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.CL1990.severity = none\ndotnet_diagnostic.CL1991.severity = error\ndotnet_diagnostic.CL1992.severity = default\n");
        dir.Write("Dockerfile", "RUN BAD\nRUN WARN\nRUN NOTE\n");
        Assert.Equal(
            [".editorconfig:4:1:CL0018:warning", "Dockerfile:1:5:CL1990:error", "Dockerfile:2:5:CL1991:error", "Dockerfile:3:5:CL1992:warning"],
            Findings(Cli.Run(dir.Path, "--format", "json", ".")));
    }

    [Fact]
    public void RequireSuppressionReasonRefusesAnIgnoreWithoutOne()
    {
        using var dir = Repository("requireSuppressionReason: true\n");
        dir.Write("Dockerfile", "# containerlint ignore=CL1990\nRUN BAD\n# containerlint ignore=CL1991 -- accepted until the rewrite\nRUN WARN\n");
        Assert.Equal(["Dockerfile:1:1:CL0020:warning", "Dockerfile:2:5:CL1990:error"], Findings(Cli.Run(dir.Path, "--format", "json", ".")));

        // A nested configuration cannot switch the requirement off.
        dir.Write("svc/.containerlint.yaml", "requireSuppressionReason: false\n");
        dir.Write("svc/Dockerfile", "# containerlint ignore=CL1990\nRUN BAD\n");
        Assert.Contains("svc/Dockerfile:1:1:CL0020:warning", Findings(Cli.Run(dir.Path, "--format", "json", ".")));
    }

    [Theory]
    [InlineData("enforce: [CL1990, CL12345]\n", "(1,19): error CL0002: unknown rule id 'CL12345'")]
    [InlineData("enforce:\n  - CL1990\ndisable: [CL1990]\n", "(3,11): error CL0002: CL1990 is enforced and disabled in the same file")]
    [InlineData("enforce: [CL1990]\nseverity: {CL1990: none}\n", "(2,12): error CL0002: CL1990 is enforced and set to none in the same file")]
    [InlineData("requireSuppressionReason: sometimes\n", "(1,27): error CL0002: expected true or false")]
    public void ABadPolicyIsAPositionedConfigurationError(string yaml, string expected)
    {
        using var dir = Repository(yaml);
        dir.Write("Dockerfile", "RUN BAD\n");
        var result = Cli.Run(dir.Path, ".");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(".containerlint.yaml" + expected, result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Theory]
    [InlineData("2027-03-31", false)] // the last day it suppresses
    [InlineData("2027-04-01", true)]
    public void AnIgnoreStopsSuppressingAfterItsUntilDate(string today, bool expired)
    {
        using var dir = Repository($"eolReferenceDate: {today}\n");
        dir.Write("Dockerfile", "# containerlint ignore=CL1020 until=2027-03-31 -- the vendor ships a versioned tag in March\nFROM vendor/base:latest\nUSER 10001\n");
        dir.Write("deploy/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      # containerlint ignore=CL2004 until=2027-03-31 -- the exporter binds the host port\n      ports: [{containerPort: 9100, hostPort: 9100}]\n");
        var findings = Findings(Cli.RunReal(dir.Path, "--format", "json", "--policy", "all", "Dockerfile", "deploy/pod.yaml"));
        Assert.Equal(expired, findings.Contains("Dockerfile:1:1:CL0021:warning"));
        Assert.Equal(expired, findings.Any(f => f.StartsWith("Dockerfile:2:", StringComparison.Ordinal) && f.Contains(":CL1020:", StringComparison.Ordinal)));
        Assert.Equal(expired, findings.Any(f => f.StartsWith("deploy/pod.yaml:9:", StringComparison.Ordinal) && f.Contains(":CL0021:", StringComparison.Ordinal)));
        Assert.Equal(expired, findings.Any(f => f.StartsWith("deploy/pod.yaml:", StringComparison.Ordinal) && f.Contains(":CL2004:", StringComparison.Ordinal)));
        Assert.DoesNotContain(findings, f => f.Contains(":CL0007:", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUntilThatIsNoDateIsAMalformedSuppression()
    {
        using var dir = Repository("policy: recommended\n");
        dir.Write("Dockerfile", "# containerlint ignore=CL1020 until=2027-02-30 -- reason\nFROM vendor/base:latest\nUSER 10001\n");
        var result = Cli.RunReal(dir.Path, "--format", "json", "Dockerfile");
        var json = JObject.Parse(result.Stdout)["findings"]!;
        var malformed = Assert.Single(json, f => (string)f["ruleId"]! == "CL0008");
        Assert.Contains("until='2027-02-30' is not a date", (string)malformed["message"]!);
        Assert.Contains(json, f => (string)f["ruleId"]! == "CL1020");
    }
}
