namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1035 UnpinnedPackageVersions: snippet -> expected findings with exact spans.</summary>
public sealed class UnpinnedPackageVersionsTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends {|CL1035:curl|} && rm -rf /var/lib/apt/lists/*\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y curl=7.88 ca-certificates=20230311\n")]
    [InlineData("FROM debian:12\nARG V=1\nRUN apt-get install -y curl=${V} {|CL1035:wget|}\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y $PACKAGES\n")]
    [InlineData("FROM python:3.13\nRUN pip install flask && npm install -g yarn\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y ./local.deb /tmp/x.deb\n")]
    [InlineData("FROM alpine:3.21\nRUN apk add --no-cache --virtual .build-deps gcc=14.2.0-r4 {|CL1035:musl-dev|}\n")]
    [InlineData("FROM fedora:41\nRUN dnf install -y httpd-2.4.62 {|CL1035:mod_ssl|} && dnf clean all\n")]
    [InlineData("FROM debian:12\nRUN <<EOF\napt-get install -y \\\n   {|CL1035:jq|}\nEOF\n")]
    [InlineData("FROM debian:12\nRUN [\"apt-get\", \"install\", \"-y\", {|CL1035:\"curl\"|}]\n")]
    [InlineData("FROM debian:12\nONBUILD RUN apt-get install -y {|CL1035:curl|}\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -t bookworm-backports -y curl=8.0\n")]
    [InlineData("FROM debian:12\nRUN xx-apt-get install -y --no-install-recommends {|CL1035:gcc|}\n")]
    [InlineData("FROM debian:12\n# containerlint ignore=CL1035 -- base tools follow the distro\nRUN apt-get install -y curl\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1035", markup);
}
