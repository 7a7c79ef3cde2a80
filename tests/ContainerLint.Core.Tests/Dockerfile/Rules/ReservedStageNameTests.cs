namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1069 ReservedStageName: snippet -> expected findings with exact spans.</summary>
public sealed class ReservedStageNameTests
{
    [Theory]
    [InlineData("FROM alpine:3.21 AS {|CL1069:scratch|}\nFROM alpine:3.21 AS {|CL1069:Context|}\n")]
    [InlineData("FROM alpine:3.21 AS base\nFROM scratch\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1069", markup);
}
