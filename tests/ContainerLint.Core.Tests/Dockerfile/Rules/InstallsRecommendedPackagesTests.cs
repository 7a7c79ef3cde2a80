namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1041 InstallsRecommendedPackages: snippet -> expected findings with exact spans.</summary>
public sealed class InstallsRecommendedPackagesTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get update && {|CL1041:apt-get install|} -y curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y -o APT::Install-Recommends=false curl\n")]
    [InlineData("FROM debian:12\nRUN echo 'APT::Install-Recommends \"0\";' > /etc/apt/apt.conf.d/01norecommend\nRUN apt-get install -y curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get update \\\n  && {|CL1041:apt-get install|} \\\n     -y curl\n")]
    [InlineData("FROM debian:12\nRUN set -eux; \\\n  if [ -n \"$X\" ]; then {|CL1041:apt-get install|} -y curl; fi\n")]
    [InlineData("FROM fedora:41\nRUN dnf install -y httpd && dnf clean all\n")]
    [InlineData("# escape=`\nFROM mcr.microsoft.com/powershell:lts-ubuntu-22.04\nSHELL [\"pwsh\", \"-Command\"]\nRUN {|CL1041:apt-get install|} -y curl\n")]
    [InlineData("# escape=`\nFROM mcr.microsoft.com/powershell:lts-ubuntu-22.04\nSHELL [\"pwsh\", \"-Command\"]\nRUN Write-Output \"apt-get install -y curl\" > install.txt\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1041", markup);
}
