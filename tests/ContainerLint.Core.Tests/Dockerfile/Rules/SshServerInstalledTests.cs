namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1051 SshServerInstalled: snippet -> expected findings with exact spans.</summary>
public sealed class SshServerInstalledTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y --no-install-recommends {|CL1051:openssh-server|}\nCMD [{|CL1051:\"/usr/sbin/sshd\"|}, \"-D\"]\n")]
    [InlineData("FROM alpine:3.21\nRUN apk add --no-cache {|CL1051:dropbear=2024.85-r0|}\nCMD {|CL1051:dropbear|} -F\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y --no-install-recommends openssh-client\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1051", markup);
}
