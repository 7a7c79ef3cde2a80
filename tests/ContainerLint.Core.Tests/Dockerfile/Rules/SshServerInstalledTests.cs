namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1051 SshServerInstalled: snippet -> expected findings with exact spans.</summary>
public sealed class SshServerInstalledTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y --no-install-recommends openssh-server\nCMD [\"/usr/sbin/sshd\", \"-D\"]\n", "CL1051@(2,48,2,62) CL1051@(3,6,3,22)")]
    [InlineData("FROM alpine:3.21\nRUN apk add --no-cache dropbear=2024.85-r0\nCMD dropbear -F\n", "CL1051@(2,24,2,43) CL1051@(3,5,3,13)")]
    [InlineData("FROM debian:12\nRUN apt-get install -y --no-install-recommends openssh-client\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1051", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
