namespace ContainerLint.Core.Tests.Dockerfile;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Dockerfile;
using ContainerLint.Core.Model;
using ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>
/// Docker's own build checks: every check of BuildKit's linter maps to a rule, and a Dockerfile's <c># check=</c>
/// directive (or the BUILDKIT_DOCKERFILE_CHECK build argument) skips, raises and turns them on as in <c>docker build --check</c>.
/// </summary>
public sealed class BuildChecksTests
{
    /// <summary>The 22 checks of BuildKit's linter (moby/buildkit frontend/dockerfile/linter/ruleset.go at 73ed6825c).</summary>
    private static readonly string[] BuildKitChecks =
    [
        "StageNameCasing", "FromAsCasing", "NoEmptyContinuation", "ConsistentInstructionCasing", "DuplicateStageName", "ReservedStageName",
        "JSONArgsRecommended", "MaintainerDeprecated", "UndefinedArgInFrom", "WorkdirRelativePath", "UndefinedVar", "MultipleInstructionsDisallowed",
        "LegacyKeyValueFormat", "InvalidBaseImagePlatform", "RedundantTargetPlatform", "SecretsUsedInArgOrEnv", "InvalidDefaultArgInFrom",
        "FromPlatformFlagConstDisallowed", "CopyIgnoredFile", "InvalidDefinitionDescription", "ExposeProtoCasing", "ExposeInvalidFormat",
    ];

    private static readonly LintConfiguration Recommended = LintConfiguration.Default;

    [Fact]
    public void EveryBuildKitCheckButTheRegistryOneHasARule()
    {
        // InvalidBaseImagePlatform compares the platform of the image the registry serves with the build's: it needs the registry.
        var missing = BuildKitChecks.Where(c => !BuildChecks.RulesByCheck.ContainsKey(c)).ToArray();
        Assert.Equal(["InvalidBaseImagePlatform"], missing);
        Assert.Empty(BuildChecks.RulesByCheck.Keys.Except(BuildKitChecks));
    }

    [Fact]
    public void EveryBuildKitCheckExceptTheExperimentalOneRunsByDefault()
    {
        var off = BuildChecks.RulesByCheck.Where(p => p.Value.Any(id => !Core.Catalog.RuleCatalog.Default.Get(id).EnabledByDefault)).Select(p => p.Key).ToArray();
        Assert.Equal(["InvalidDefinitionDescription"], off);
    }

    [Theory]
    [InlineData("", false, "", false, "", false)]
    [InlineData("skip=all", true, "", false, "", false)]
    [InlineData("skip=JSONArgsRecommended,StageNameCasing", false, "JSONArgsRecommended,StageNameCasing", false, "", false)]
    [InlineData(" skip = A , B ;error=true", false, "A,B", false, "", true)]
    [InlineData("error=1;experimental=all", false, "", true, "", true)]
    [InlineData("experimental=InvalidDefinitionDescription;error=False", false, "", false, "InvalidDefinitionDescription", false)]
    public void OptionsAreReadLikeBuildKit(string text, bool skipAll, string skip, bool experimentalAll, string experimental, bool error)
    {
        var options = BuildCheckOptions.Parse(text, out var problem);
        Assert.Null(problem);
        Assert.NotNull(options);
        Assert.Equal(skipAll, options.SkipAll);
        Assert.Equal(skip.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(), options.Skip.Order());
        Assert.Equal(experimentalAll, options.ExperimentalAll);
        Assert.Equal(experimental.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(), options.Experimental.Order());
        Assert.Equal(error, options.Error);
    }

    [Theory]
    [InlineData("skip", "invalid check option \"skip\"")]
    [InlineData("skip=A;", "invalid check option \"\"")]
    [InlineData("warn=true", "invalid check option \"warn\"")]
    [InlineData("error=yes", "failed to parse check option \"error=yes\": \"yes\" is not a boolean")]
    public void OptionsBuildKitRefusesAreErrors(string text, string expected)
    {
        Assert.Null(BuildCheckOptions.Parse(text, out var problem));
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void SkipSilencesTheRulesOfThoseChecksForTheFile()
    {
        const string body = "FROM node:22-slim AS Build\nCMD node server.js\n";
        Assert.Equal(2, Reported(body).Count(id => id is "CL1059" or "CL1080"));
        var skipped = Reported("# check=skip=JSONArgsRecommended,StageNameCasing\n" + body);
        Assert.DoesNotContain("CL1059", skipped);
        Assert.DoesNotContain("CL1080", skipped);
        // Rules that are not BuildKit checks still report.
        Assert.Contains("CL1010", skipped);
    }

    [Fact]
    public void SkipAllSilencesEveryBuildCheckRuleButNotTheOthers()
    {
        var reported = Reported("# check=skip=all\nfrom node:22-slim AS Build\nMAINTAINER me\nCMD node server.js\nRUN apt-get update \\\n\n && apt-get install -y curl\n");
        Assert.DoesNotContain(reported, id => BuildChecks.RulesByCheck.Values.Any(rules => rules.Contains(id)));
        Assert.Contains("CL1010", reported);
    }

    [Fact]
    public void SkippingOneCheckOfARuleKeepsTheOther()
    {
        const string body = "FROM nginx:1.27\nEXPOSE 8080/TCP 80:80\n";
        Assert.Equal(["CL1052@(3,8,3,16)", "CL1052@(3,17,3,22)"], DockerfileRuleHarness.Hits("CL1052", "#\n" + body));
        Assert.Equal(["CL1052@(3,17,3,22)"], DockerfileRuleHarness.Hits("CL1052", "# check=skip=ExposeProtoCasing\n" + body));
        Assert.Equal(["CL1052@(3,8,3,16)"], DockerfileRuleHarness.Hits("CL1052", "# check=skip=ExposeInvalidFormat\n" + body));
    }

    [Fact]
    public void CheckNamesAreCaseSensitive() =>
        Assert.Contains("CL1059", Reported("# check=skip=jsonargsrecommended\nFROM node:22-slim\nCMD node server.js\n"));

    [Fact]
    public void TheDirectiveValueEndsAtTheFirstSpace() =>
        Assert.DoesNotContain("CL1059", Reported("# check=skip=JSONArgsRecommended because the shell expands $PORT\nFROM node:22-slim\nCMD node server.js\n"));

    [Fact]
    public void ErrorTrueMakesBuildCheckFindingsErrorsUnlessTheConfigurationSetsTheirSeverity()
    {
        const string text = "# check=error=true\nFROM node:22-slim\nCMD node server.js\n";
        var findings = DockerfileRuleHarness.Lint(text, Recommended);
        Assert.Equal(Severity.Error, findings.Single(f => f.RuleId == "CL1059").Severity);
        // Not a BuildKit check: its severity stays.
        Assert.Equal(Severity.Warning, findings.Single(f => f.RuleId == "CL1010").Severity);
        var configured = Recommended with { SeverityOverrides = new Dictionary<string, Severity> { ["CL1059"] = Severity.Note } };
        Assert.Equal(Severity.Note, DockerfileRuleHarness.Lint(text, configured).Single(f => f.RuleId == "CL1059").Severity);
    }

    [Fact]
    public void ErrorTrueDoesNotMakeAnExperimentalCheckTheFileLeftOffAnError()
    {
        // tonistiigi/xx: # check=error=true without experimental=; BuildKit does not run InvalidDefinitionDescription there.
        const string body = "# compiles the server\nFROM golang:1.25 AS build\n";
        var all = LintConfiguration.Default with { Policy = Policies.All };
        Assert.Equal(Severity.Note, DockerfileRuleHarness.Lint("# check=error=true\n" + body, all).Single(f => f.RuleId == "CL1082").Severity);
        Assert.Equal(Severity.Error, DockerfileRuleHarness.Lint("# check=error=true;experimental=InvalidDefinitionDescription\n" + body, all).Single(f => f.RuleId == "CL1082").Severity);
    }

    [Fact]
    public void ExperimentalTurnsTheExperimentalCheckOnAndSkipDoesNotTouchIt()
    {
        const string body = "# compiles the server\nFROM golang:1.25 AS build\n";
        Assert.DoesNotContain("CL1082", Reported("# check=skip=all\n" + body));
        Assert.Contains("CL1082", Reported("# check=skip=all;experimental=InvalidDefinitionDescription\n" + body));
        Assert.Contains("CL1082", Reported("# check=experimental=all\n" + body));
    }

    [Fact]
    public void ACheckCommentAboveAnInstructionSkipsForThatInstructionOnly()
    {
        const string text = "FROM alpine:3.22\n# check=skip=MaintainerDeprecated -- kept for an old registry UI\nMAINTAINER ops@example.com\nMAINTAINER dev@example.com\n";
        Assert.Equal(["CL1070@(4,1,4,11)"], DockerfileRuleHarness.Hits("CL1070", text, Recommended));
        Assert.Equal(["CL1070@(3,1,3,11)", "CL1070@(4,1,4,11)"], DockerfileRuleHarness.Hits("CL1070", text.Replace("check=", "note: ", StringComparison.Ordinal), Recommended));
    }

    [Fact]
    public void AnInstructionCommentBuildKitCannotParseIsIgnoredNotReported()
    {
        var findings = DockerfileRuleHarness.Lint("FROM node:22-slim\n# check=skip\nCMD node server.js\n", Recommended);
        Assert.Contains(findings, f => f.RuleId == "CL1059");
        Assert.DoesNotContain(findings, f => f.RuleId == "CL0017");
    }

    [Fact]
    public void AnInvalidDirectiveIsAnErrorAtItsValue()
    {
        var finding = Assert.Single(DockerfileRuleHarness.Lint("# check=skip=JSONArgsRecommended;error=yes\nFROM node:22-slim\n", Recommended), f => f.RuleId == "CL0017");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(new SourceSpan(1, 9, 1, 43), finding.Span);
        Assert.Contains("'skip=JSONArgsRecommended;error=yes'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBuildArgumentReplacesTheDirective()
    {
        const string text = "# check=skip=JSONArgsRecommended\nFROM node:22-slim AS Build\nCMD node server.js\n";
        var configuration = Recommended with { BuildArgs = new Dictionary<string, string> { [BuildChecks.BuildArgument] = "skip=StageNameCasing" } };
        var reported = DockerfileRuleHarness.Lint(text, configuration).Select(f => f.RuleId).ToArray();
        Assert.Contains("CL1059", reported);
        Assert.DoesNotContain("CL1080", reported);

        var invalid = Recommended with { BuildArgs = new Dictionary<string, string> { [BuildChecks.BuildArgument] = "skip" } };
        var finding = Assert.Single(DockerfileRuleHarness.Lint(text, invalid), f => f.RuleId == "CL0017");
        Assert.Equal(SourceSpan.FileStart, finding.Span);
        Assert.Contains("BUILDKIT_DOCKERFILE_CHECK", finding.Message, StringComparison.Ordinal);
    }

    private static string[] Reported(string text) => DockerfileRuleHarness.Lint(text, Recommended).Where(f => !f.Suppressed).Select(f => f.RuleId).ToArray();
}
