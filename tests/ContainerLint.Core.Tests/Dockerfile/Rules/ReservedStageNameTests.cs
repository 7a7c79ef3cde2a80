namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1069 ReservedStageName: snippet -> expected findings with exact spans.</summary>
public sealed class ReservedStageNameTests
{
    [Theory]
    [InlineData("FROM alpine:3.21 AS scratch\nFROM alpine:3.21 AS Context\n", "CL1069@(1,21,1,28) CL1069@(2,21,2,28)")]
    [InlineData("FROM alpine:3.21 AS base\nFROM scratch\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1069", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
