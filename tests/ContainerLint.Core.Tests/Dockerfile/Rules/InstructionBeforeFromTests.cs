namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1074 InstructionBeforeFrom: snippet -> expected findings with exact spans.</summary>
public sealed class InstructionBeforeFromTests
{
    [Theory]
    [InlineData("{|CL1074:LABEL|} a=b\nFROM alpine:3.21\n")]
    [InlineData("# syntax=docker/dockerfile:1\nARG V=3.21\nFROM alpine:${V}\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1074", markup);
}
