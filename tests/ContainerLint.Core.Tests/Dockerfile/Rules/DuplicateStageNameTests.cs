namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1068 DuplicateStageName: snippet -> expected findings with exact spans.</summary>
public sealed class DuplicateStageNameTests
{
    [Theory]
    [InlineData("FROM golang:1.23 AS build\nFROM node:22 AS Build\n", "CL1068@(2,17,2,22)")]
    [InlineData("FROM golang:1.23 AS build-go\nFROM node:22 AS build-web\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1068", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
