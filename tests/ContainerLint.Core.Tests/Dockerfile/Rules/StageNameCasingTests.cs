namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1080 StageNameCasing (BuildKit StageNameCasing): snippet -> expected findings with exact spans.</summary>
public sealed class StageNameCasingTests
{
    [Theory]
    [InlineData("FROM golang:1.25 AS {|CL1080:Build|}\nFROM alpine:3.22\nCOPY --from=Build /out/app /app\n")]
    [InlineData("FROM --platform=$BUILDPLATFORM golang:1.25 as {|CL1080:BUILDER|}\n")]
    [InlineData("FROM golang:1.25 AS build-amd64\nFROM scratch\n")]
    [InlineData("FROM golang:1.25\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1080", markup);

    [Fact]
    public void MessageNamesTheLowerCaseSpelling()
    {
        var finding = Assert.Single(DockerfileRuleHarness.Findings("CL1080", "FROM golang:1.25 AS Build\n"));
        Assert.Contains("'Build'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("write 'build'", finding.Message, StringComparison.Ordinal);
    }
}
