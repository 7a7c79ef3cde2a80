namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1038 AptUsedInsteadOfAptGet: snippet -> expected findings with exact spans.</summary>
public sealed class AptUsedInsteadOfAptGetTests
{
    [Theory]
    [InlineData("FROM ubuntu:24.04\nRUN {|CL1038:apt|} update && {|CL1038:apt|} install -y curl\n")]
    [InlineData("FROM ubuntu:24.04\nRUN apt-get update && apt-cache policy curl\n")]
    [InlineData("FROM ubuntu:24.04\nRUN sudo {|CL1038:/usr/bin/apt|} install -y curl\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1038", markup);
}
