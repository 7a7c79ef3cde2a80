namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1038 AptUsedInsteadOfAptGet: snippet -> expected findings with exact spans.</summary>
public sealed class AptUsedInsteadOfAptGetTests
{
    [Theory]
    [InlineData("FROM ubuntu:24.04\nRUN apt update && apt install -y curl\n", "CL1038@(2,5,2,8) CL1038@(2,19,2,22)")]
    [InlineData("FROM ubuntu:24.04\nRUN apt-get update && apt-cache policy curl\n", "")]
    [InlineData("FROM ubuntu:24.04\nRUN sudo /usr/bin/apt install -y curl\n", "CL1038@(2,10,2,22)")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1038", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
