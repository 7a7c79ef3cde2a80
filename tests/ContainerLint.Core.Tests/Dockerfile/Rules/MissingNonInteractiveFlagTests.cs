namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1039 MissingNonInteractiveFlag: snippet -> expected findings with exact spans.</summary>
public sealed class MissingNonInteractiveFlagTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN {|CL1039:apt-get install|} curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y curl && apt-get -qq install wget && apt-get install --yes jq && apt-get -yq install x\n")]
    [InlineData("FROM fedora:41\nRUN {|CL1039:dnf install|} httpd\n")]
    [InlineData("FROM fedora:41\nRUN dnf install -y httpd && microdnf install nginx\n")]
    [InlineData("FROM opensuse/leap:15.6\nRUN {|CL1039:zypper install|} curl && zypper -n install wget && zypper in -y jq\n")]
    [InlineData("FROM debian:12\nRUN apt-get -o APT::Get::Assume-Yes=true install curl\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1039", markup);
}
