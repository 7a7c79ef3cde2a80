namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1054 NoHealthcheck: snippet -> expected findings with exact spans.</summary>
public sealed class NoHealthcheckTests
{
    [Theory]
    [InlineData("{|CL1054:FROM|} nginx:1.27\nCOPY x /x\n")]
    [InlineData("FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/\n")]
    [InlineData("FROM nginx:1.27 AS base\nHEALTHCHECK CMD curl -f http://localhost/\nFROM base\nCOPY x /x\n")]
    [InlineData("FROM nginx:1.27 AS b\nHEALTHCHECK CMD true\n{|CL1054:FROM|} alpine:3.21\nCOPY x /x\n")]
    [InlineData("FROM nginx:1.27\nCOPY x /x\nHEALTHCHECK {|CL1054:NONE|}\n")]
    [InlineData("FROM golang:1.25 AS b\nFROM scratch\nCOPY --from=b /app /app\nENTRYPOINT [\"/app\"]\n")]
    [InlineData("FROM gcr.io/distroless/static-debian12\nCOPY app /app\nENTRYPOINT [\"/app\"]\n")]
    [InlineData("FROM python:3.13-slim\nCMD [\"python3\"]\n")]
    [InlineData("# containerlint ignore=CL1054 -- probed by Kubernetes\nFROM nginx:1.27\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1054", markup);

    [Fact]
    public void TheTargetStageIsTheFinalStage()
    {
        var config = ContainerLint.Core.Configuration.LintConfiguration.Default with { Policy = "all", TargetStage = "web" };
        var hits = DockerfileRuleHarness.Hits("CL1054", "FROM nginx:1.27 AS web\nCOPY site /usr/share/nginx/html\nFROM alpine:3.21\nHEALTHCHECK CMD true\n", config);
        Assert.Equal(["CL1054@(1,1,1,5)"], hits);
    }
}
