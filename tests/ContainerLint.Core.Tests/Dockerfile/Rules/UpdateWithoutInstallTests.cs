namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1036 UpdateWithoutInstall: snippet -> expected findings with exact spans.</summary>
public sealed class UpdateWithoutInstallTests
{
    [Theory]
    [InlineData("FROM ubuntu:24.04\nRUN apt-get update\n", "CL1036@(2,5,2,19)")]
    [InlineData("FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl\n", "")]
    [InlineData("FROM ubuntu:24.04\nRUN apt-get -qq update && pip install x\n", "CL1036@(2,5,2,23)")]
    [InlineData("FROM alpine:3.21\nrun apk update\n", "CL1036@(2,5,2,15)")]
    [InlineData("FROM alpine:3.21\nRUN apk update && apk add curl\n", "")]
    [InlineData("FROM centos:7\nRUN yum makecache && \\\n    yum -y install httpd\n", "")]
    [InlineData("FROM centos:7\nRUN echo hi && \\\n    yum makecache\n", "CL1036@(3,5,3,18)")]
    [InlineData("FROM ubuntu:24.04\nRUN apt-get update && ./install-deps.sh\n", "")]
    [InlineData("FROM ubuntu:24.04\nRUN if true; then apt-get update; fi; apt-get upgrade -y\n", "")]
    [InlineData("FROM opensuse/leap:15.6\nRUN zypper refresh\n", "CL1036@(2,5,2,19)")]
    [InlineData("FROM ubuntu:24.04\nRUN <<EOF\nset -e\napt-get update\nEOF\n", "CL1036@(4,1,4,15)")]
    [InlineData("FROM ubuntu:24.04\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n", "")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN apt-get update\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1036", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
