namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1036 UpdateWithoutInstall: snippet -> expected findings with exact spans.</summary>
public sealed class UpdateWithoutInstallTests
{
    [Theory]
    [InlineData("FROM ubuntu:24.04\nRUN {|CL1036:apt-get update|}\n")]
    [InlineData("FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl\n")]
    [InlineData("FROM ubuntu:24.04\nRUN {|CL1036:apt-get -qq update|} && pip install x\n")]
    [InlineData("FROM alpine:3.21\nrun {|CL1036:apk update|}\n")]
    [InlineData("FROM alpine:3.21\nRUN apk update && apk add curl\n")]
    [InlineData("FROM centos:7\nRUN yum makecache && \\\n    yum -y install httpd\n")]
    [InlineData("FROM centos:7\nRUN echo hi && \\\n    {|CL1036:yum makecache|}\n")]
    [InlineData("FROM ubuntu:24.04\nRUN apt-get update && ./install-deps.sh\n")]
    [InlineData("FROM ubuntu:24.04\nRUN if true; then apt-get update; fi; apt-get upgrade -y\n")]
    [InlineData("FROM opensuse/leap:15.6\nRUN {|CL1036:zypper refresh|}\n")]
    [InlineData("FROM ubuntu:24.04\nRUN <<EOF\nset -e\n{|CL1036:apt-get update|}\nEOF\n")]
    [InlineData("FROM ubuntu:24.04\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n")]
    // PowerShell runs programs too (pwsh on Linux): its commands are read by the PowerShell reader, a string stays a string.
    [InlineData("FROM mcr.microsoft.com/powershell:lts-ubuntu-22.04\nSHELL [\"pwsh\", \"-Command\"]\nRUN {|CL1036:apt-get update|}\n")]
    [InlineData("FROM mcr.microsoft.com/powershell:lts-ubuntu-22.04\nSHELL [\"pwsh\", \"-Command\"]\nRUN Write-Host 'apt-get update'; apt-get update; apt-get install -y curl\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1036", markup);
}
