namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1045 WholeFilesystemCopiedFromStage: snippet -> expected findings with exact spans.</summary>
public sealed class WholeFilesystemCopiedFromStageTests
{
    [Theory]
    [InlineData("FROM golang:1.23 AS build\nFROM scratch\nCOPY --from=build / /\n", "CL1045@(3,19,3,20)")]
    [InlineData("FROM golang:1.23 AS build\nFROM scratch\nCOPY --from=build /out/app /app\n", "")]
    [InlineData("FROM golang:1.23 AS build\nFROM scratch\nCOPY / /x\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1045", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
