namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1076 InconsistentInstructionCasing: snippet -> expected findings with exact spans.</summary>
public sealed class InconsistentInstructionCasingTests
{
    [Theory]
    [InlineData("FROM alpine:3.21 {|CL1076:as|} base\nRUN x\n{|CL1076:run|} y\n")]
    [InlineData("from alpine:3.21 as base\nrun x\n")]
    [InlineData("FROM alpine:3.21 AS base\nRUN x\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1076", markup);
}
