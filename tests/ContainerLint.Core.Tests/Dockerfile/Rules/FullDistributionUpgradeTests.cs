namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1037 FullDistributionUpgrade: snippet -> expected findings with exact spans.</summary>
public sealed class FullDistributionUpgradeTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get update && {|CL1037:apt-get -y dist-upgrade|}\n")]
    [InlineData("FROM debian:12\nRUN apt-get update && {|CL1037:apt-get upgrade|} -y && apt-get install -y curl\n")]
    [InlineData("FROM alpine:3.21\nRUN {|CL1037:apk upgrade|} --no-cache\n")]
    [InlineData("FROM centos:7\nRUN {|CL1037:yum -y update|} && yum clean all\n")]
    [InlineData("FROM centos:7\nRUN yum -y update openssl && yum clean all\n")]
    [InlineData("FROM opensuse/leap:15.6\nRUN {|CL1037:zypper -n dup|}\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y curl\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1037", markup);
}
