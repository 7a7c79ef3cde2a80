namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1061 BinShReplaced: snippet -> expected findings with exact spans.</summary>
public sealed class BinShReplacedTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN ln -sf /bin/bash {|CL1061:/bin/sh|}\n")]
    [InlineData("FROM debian:12\nRUN ln -sf /usr/bin/python3 /usr/bin/python\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1061", markup);
}
