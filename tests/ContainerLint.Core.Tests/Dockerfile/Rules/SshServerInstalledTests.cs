namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1051 SshServerInstalled: snippet -> expected findings with exact spans.</summary>
public sealed class SshServerInstalledTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y --no-install-recommends {|CL1051:openssh-server|}\nCMD [{|CL1051:\"/usr/sbin/sshd\"|}, \"-D\"]\n")]
    [InlineData("FROM alpine:3.21\nRUN apk add --no-cache {|CL1051:dropbear=2024.85-r0|}\nCMD {|CL1051:dropbear|} -F\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y --no-install-recommends openssh-client\n")]
    [InlineData("FROM alpine:3.21\nRUN apk add --no-cache git openssh\n")] // client and server in one package, used for git: no server runs
    [InlineData("FROM alpine:3.21\nRUN apk add --no-cache {|CL1051:openssh|} && ssh-keygen -A\n")]
    [InlineData("FROM alpine:3.21\nRUN apk add --no-cache {|CL1051:openssh|}\nEXPOSE 22\n")]
    [InlineData("FROM alpine:3.21\nRUN apk add --no-cache {|CL1051:openssh|}\nRUN sed -i 's/#PermitRootLogin/PermitRootLogin/' /etc/ssh/sshd_config\n")]
    [InlineData("FROM debian:12 AS tools\nRUN apt-get install -y openssh-server\nFROM debian:12\nCOPY --from=tools /usr/bin/ssh /usr/bin/\n")] // a build stage: not in the image
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1051", markup);
}
