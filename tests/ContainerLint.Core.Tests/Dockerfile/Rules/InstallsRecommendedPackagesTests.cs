namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1041 InstallsRecommendedPackages: snippet -> expected findings with exact spans.</summary>
public sealed class InstallsRecommendedPackagesTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y curl\n", "CL1041@(2,23,2,38)")]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n", "")]
    [InlineData("FROM debian:12\nRUN apt-get install -y -o APT::Install-Recommends=false curl\n", "")]
    [InlineData("FROM debian:12\nRUN echo 'APT::Install-Recommends \"0\";' > /etc/apt/apt.conf.d/01norecommend\nRUN apt-get install -y curl\n", "")]
    [InlineData("FROM debian:12\nRUN apt-get update \\\n  && apt-get install \\\n     -y curl\n", "CL1041@(3,6,3,21)")]
    [InlineData("FROM debian:12\nRUN set -eux; \\\n  if [ -n \"$X\" ]; then apt-get install -y curl; fi\n", "CL1041@(3,24,3,39)")]
    [InlineData("FROM fedora:41\nRUN dnf install -y httpd && dnf clean all\n", "")]
    [InlineData("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nRUN apt-get install -y curl\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1041", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
