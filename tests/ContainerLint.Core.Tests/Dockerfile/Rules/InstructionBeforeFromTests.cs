namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1074 InstructionBeforeFrom: snippet -> expected findings with exact spans.</summary>
public sealed class InstructionBeforeFromTests
{
    [Theory]
    [InlineData("LABEL a=b\nFROM alpine:3.21\n", "CL1074@(1,1,1,6)")]
    [InlineData("# syntax=docker/dockerfile:1\nARG V=3.21\nFROM alpine:${V}\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1074", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
