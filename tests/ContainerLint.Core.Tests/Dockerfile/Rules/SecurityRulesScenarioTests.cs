namespace ContainerLint.Core.Tests.Dockerfile.Rules;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Dockerfile.Context;
using ContainerLint.Core.Model;

/// <summary>Security rules (CL1001–CL1040) end to end: the classic example, configuration, --target, .dockerignore, fixes, messages.</summary>
public sealed class SecurityRulesScenarioTests
{
    private static readonly LintConfiguration At2025 = LintConfiguration.Default with { Policy = Policies.All, EolReferenceDate = new DateOnly(2025, 12, 1) };

    [Fact]
    public void TheClassicLeakedKeyExampleReportsSecretUserAddAndEndOfLife()
    {
        const string dockerfile = "FROM centos:8\nADD ./git-repo-key /tmp\nRUN rm /tmp/git-repo-key\n";
        var findings = DockerfileRuleHarness.Lint(dockerfile, At2025).Where(f => f.RuleId.StartsWith("CL10", StringComparison.Ordinal) && f.RuleId.CompareTo("CL1041") < 0).ToArray();
        Assert.Equal(
            ["CL1002@(2,5,2,19)", "CL1010@(1,6,1,14)", "CL1022@(1,6,1,14)", "CL1024@(1,6,1,14)", "CL1032@(2,1,2,4)"],
            findings.Select(f => $"{f.RuleId}@{f.Span}").Order(StringComparer.Ordinal));
        var secret = findings.Single(f => f.RuleId == "CL1002");
        Assert.Equal(Severity.Error, secret.Severity);
        Assert.Contains("removed on line 3", secret.Message);
        Assert.Contains("rm does not remove it from the earlier image layer", secret.Message);
        Assert.Contains("RUN --mount=type=secret", secret.Message);
        Assert.Contains("CentOS 8", findings.Single(f => f.RuleId == "CL1024").Message);
        Assert.Contains("2021-12-31", findings.Single(f => f.RuleId == "CL1024").Message);
        Assert.DoesNotContain(findings, f => f.RuleId == "CL1001");
    }

    [Fact]
    public void UserRulesFollowTheTargetStage()
    {
        const string dockerfile = "FROM golang:1.25 AS build\nUSER root\nRUN go build -o /app\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\n";
        Assert.Empty(DockerfileRuleHarness.Hits("CL1011", dockerfile));
        Assert.Empty(DockerfileRuleHarness.Hits("CL1010", dockerfile));
        var target = LintConfiguration.Default with { Policy = Policies.All, TargetStage = "build" };
        Assert.Equal(["CL1011@(2,6,2,10)"], DockerfileRuleHarness.Hits("CL1011", dockerfile, target));
        Assert.Equal(["CL1012@(2,6,2,9)"], DockerfileRuleHarness.Hits("CL1012", "FROM alpine:3.22 AS a\nUSER app\nFROM alpine:3.22\nUSER 10001\n", target with { TargetStage = "a" }));
        Assert.Equal(["CL1010@(1,6,1,17)"], DockerfileRuleHarness.Hits("CL1010", "FROM golang:1.25 AS build\nCOPY . .\nRUN go build\nFROM gcr.io/distroless/static:nonroot\n", target));
    }

    [Fact]
    public void BuildArgumentsResolveFromLines()
    {
        var config = LintConfiguration.Default with { Policy = Policies.All, BuildArgs = new Dictionary<string, string> { ["TAG"] = "latest" } };
        Assert.Equal(["CL1020@(2,6,2,18)"], DockerfileRuleHarness.Hits("CL1020", "ARG TAG=1.27\nFROM nginx:${TAG}\n", config));
        Assert.Empty(DockerfileRuleHarness.Hits("CL1026", "ARG TAG\nFROM nginx:${TAG}\n", config));
    }

    [Fact]
    public void ConfiguredSecretNamePatternsAreHonoured()
    {
        const string dockerfile = "FROM alpine:3.22\nENV APP_SIGNING_SEED=x\n";
        Assert.Empty(DockerfileRuleHarness.Hits("CL1003", dockerfile));
        var config = LintConfiguration.Default with { Policy = Policies.All, SecretNamePatterns = ["*_SIGNING_SEED"] };
        Assert.Equal(["CL1003@(2,5,2,21)"], DockerfileRuleHarness.Hits("CL1003", dockerfile, config));
    }

    [Theory]
    [InlineData("", ".env (an environment file), .git/ (the git history), deploy/id_ed25519 (a private key)")]
    [InlineData(".git\nnode_modules\n", ".env (an environment file), deploy/id_ed25519 (a private key)")]
    [InlineData(".git\n.env*\n*.pem\n*.key\nid_*\n", "deploy/id_ed25519 (a private key)")]
    [InlineData("**/.git\n**/.env\n**/id_*\n", null)]
    [InlineData("*\n!src\n!package.json\n", null)]
    [InlineData(".git\n.env\ndeploy\n!.env\n", ".env (an environment file)")]
    public void TheDockerIgnoreDecidesWhatCopyingTheContextShips(string dockerIgnore, string? shipped)
    {
        string[] paths = [".env", ".env.example", ".git/", "deploy/id_ed25519", "deploy/id_ed25519.pub", "package.json", "src/server.js"];
        var context = BuildContext.FromListing(BuildContextListing.FromPaths(paths, DockerIgnore.Parse(dockerIgnore)));
        var findings = DockerfileRuleHarness.Findings("CL1007", "FROM node:22\nWORKDIR /app\nCOPY . .\n", dockerIgnore: dockerIgnore, context: context);
        if (shipped is null)
        {
            Assert.Empty(findings);
        }
        else
        {
            Assert.Equal(new SourceSpan(3, 6, 3, 7), Assert.Single(findings).Span);
            Assert.Contains(": " + shipped + ";", findings[0].Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AddForLocalFilesOffersCopyKeepingTheKeywordCase()
    {
        var upper = Assert.Single(DockerfileRuleHarness.Findings("CL1032", "FROM alpine:3.22\nADD ./config /etc/app/\n"));
        Assert.Equal(new Fix("Use COPY", new SourceSpan(2, 1, 2, 4), "COPY"), upper.Fix);
        var lower = Assert.Single(DockerfileRuleHarness.Findings("CL1032", "from alpine:3.22\nadd ./config /etc/app/\n"));
        Assert.Equal("copy", lower.Fix!.Edits.Single().Replacement);
    }

    [Fact]
    public void EndOfLifeDependsOnTheReferenceDate()
    {
        var early = LintConfiguration.Default with { Policy = Policies.All, EolReferenceDate = new DateOnly(2020, 1, 1) };
        Assert.Empty(DockerfileRuleHarness.Hits("CL1024", "FROM centos:8\n", early));
        Assert.Single(DockerfileRuleHarness.Hits("CL1024", "FROM centos:8\n", At2025));
    }

    [Fact]
    public void MessagesNameTheOffendingValue()
    {
        Assert.Contains("'nginx:latest'", DockerfileRuleHarness.Findings("CL1020", "ARG T=latest\nFROM nginx:${T}\n").Single().Message);
        Assert.Contains("'curl -k'", DockerfileRuleHarness.Findings("CL1030", "FROM a:1\nRUN curl -k https://x\n").Single().Message);
        Assert.Contains("curl", DockerfileRuleHarness.Findings("CL1034", "FROM a:1\nRUN curl -fsSL https://x | sh\n").Single().Message);
        Assert.Contains("'TAG', which is not declared", DockerfileRuleHarness.Findings("CL1026", "FROM nginx:${TAG}\n").Single().Message);
    }

    [Fact]
    public void SecretMountsAreNeverFlaggedBySecretRules()
    {
        const string dockerfile = """
            # syntax=docker/dockerfile:1
            FROM node:22-slim
            RUN --mount=type=secret,id=npm,target=/root/.npmrc npm ci
            RUN --mount=type=secret,id=token,env=GITHUB_TOKEN ./fetch.sh
            RUN --mount=type=secret,id=pw mysql -p"$(cat /run/secrets/pw)" -e 'select 1'
            RUN --mount=type=cache,target=/root/.npm npm run build
            USER node
            """;
        var ids = DockerfileRuleHarness.Lint(dockerfile).Where(f => !f.Suppressed).Select(f => f.RuleId).ToArray();
        Assert.DoesNotContain(ids, id => id is "CL1001" or "CL1002" or "CL1003" or "CL1004" or "CL1005" or "CL1006");
    }
}
