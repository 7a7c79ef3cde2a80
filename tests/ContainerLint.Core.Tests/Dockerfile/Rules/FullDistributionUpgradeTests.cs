namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1037 FullDistributionUpgrade: snippet -> expected findings with exact spans.</summary>
public sealed class FullDistributionUpgradeTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get -y dist-upgrade\n", "CL1037@(2,23,2,46)")]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get upgrade -y && apt-get install -y curl\n", "CL1037@(2,23,2,38)")]
    [InlineData("FROM alpine:3.21\nRUN apk upgrade --no-cache\n", "CL1037@(2,5,2,16)")]
    [InlineData("FROM centos:7\nRUN yum -y update && yum clean all\n", "CL1037@(2,5,2,18)")]
    [InlineData("FROM centos:7\nRUN yum -y update openssl && yum clean all\n", "")]
    [InlineData("FROM opensuse/leap:15.6\nRUN zypper -n dup\n", "CL1037@(2,5,2,18)")]
    [InlineData("FROM debian:12\nRUN apt-get install -y curl\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1037", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
