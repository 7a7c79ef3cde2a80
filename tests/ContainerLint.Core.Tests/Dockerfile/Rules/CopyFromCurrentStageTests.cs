namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1067 CopyFromCurrentStage: snippet -> expected findings with exact spans.</summary>
public sealed class CopyFromCurrentStageTests
{
    [Theory]
    [InlineData("FROM golang:1.23 AS build\nCOPY --from=build /src /src\n", "CL1067@(2,13,2,18)")]
    [InlineData("FROM golang:1.23 AS build\nFROM alpine:3.21\nCOPY --from=1 /src /src\n", "CL1067@(3,13,3,14)")]
    [InlineData("FROM golang:1.23 AS build\nFROM alpine:3.21\nCOPY --from=0 /src /src\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1067", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
