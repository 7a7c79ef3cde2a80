namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1039 MissingNonInteractiveFlag: snippet -> expected findings with exact spans.</summary>
public sealed class MissingNonInteractiveFlagTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install curl\n", "CL1039@(2,5,2,20)")]
    [InlineData("FROM debian:12\nRUN apt-get install -y curl && apt-get -qq install wget && apt-get install --yes jq && apt-get -yq install x\n", "")]
    [InlineData("FROM fedora:41\nRUN dnf install httpd\n", "CL1039@(2,5,2,16)")]
    [InlineData("FROM fedora:41\nRUN dnf install -y httpd && microdnf install nginx\n", "")]
    [InlineData("FROM opensuse/leap:15.6\nRUN zypper install curl && zypper -n install wget && zypper in -y jq\n", "CL1039@(2,5,2,19)")]
    [InlineData("FROM debian:12\nRUN apt-get -o APT::Get::Assume-Yes=true install curl\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1039", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
