namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1061 BinShReplaced: snippet -> expected findings with exact spans.</summary>
public sealed class BinShReplacedTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN ln -sf /bin/bash /bin/sh\n", "CL1061@(2,22,2,29)")]
    [InlineData("FROM debian:12\nRUN ln -sf /usr/bin/python3 /usr/bin/python\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1061", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
