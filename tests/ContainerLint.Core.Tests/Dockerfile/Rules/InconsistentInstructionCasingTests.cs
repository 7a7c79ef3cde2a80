namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1076 InconsistentInstructionCasing: snippet -> expected findings with exact spans.</summary>
public sealed class InconsistentInstructionCasingTests
{
    [Theory]
    [InlineData("FROM alpine:3.21 as base\nRUN x\nrun y\n", "CL1076@(1,18,1,20) CL1076@(3,1,3,4)")]
    [InlineData("from alpine:3.21 as base\nrun x\n", "")]
    [InlineData("FROM alpine:3.21 AS base\nRUN x\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1076", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
