namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1052 InvalidExposedPort: snippet -> expected findings with exact spans.</summary>
public sealed class InvalidExposedPortTests
{
    [Theory]
    [InlineData("FROM debian:12\nEXPOSE 80:80 8080/TCP 70000 abc 443/udp\n", "CL1052@(2,8,2,13) CL1052@(2,14,2,22) CL1052@(2,23,2,28) CL1052@(2,29,2,32)")]
    [InlineData("FROM debian:12\nEXPOSE 80 443/tcp 8000-8010/udp\n", "")]
    [InlineData("FROM debian:12\nEXPOSE ${PORT}\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1052", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
