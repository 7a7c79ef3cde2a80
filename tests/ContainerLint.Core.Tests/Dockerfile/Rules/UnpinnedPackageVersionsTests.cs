namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1035 UnpinnedPackageVersions: snippet -> expected findings with exact spans.</summary>
public sealed class UnpinnedPackageVersionsTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n", "CL1035@(2,66,2,70)")]
    [InlineData("FROM debian:12\nRUN apt-get install -y curl=7.88 ca-certificates=20230311\n", "")]
    [InlineData("FROM debian:12\nARG V=1\nRUN apt-get install -y curl=${V} wget\n", "CL1035@(3,34,3,38)")]
    [InlineData("FROM debian:12\nRUN apt-get install -y $PACKAGES\n", "")]
    [InlineData("FROM debian:12\nRUN apt-get install -y ./local.deb /tmp/x.deb\n", "")]
    [InlineData("FROM alpine:3.21\nRUN apk add --no-cache --virtual .build-deps gcc=14.2.0-r4 musl-dev\n", "CL1035@(2,60,2,68)")]
    [InlineData("FROM python:3.13\nRUN pip install --no-cache-dir requests==2.32.3 flask -r requirements.txt . git+https://x/y\n", "CL1035@(2,49,2,54)")]
    [InlineData("FROM python:3.13\nRUN python3 -m pip install --no-cache-dir flask\n", "CL1035@(2,43,2,48)")]
    [InlineData("FROM node:22\nRUN npm install -g pnpm@9 yarn && npm install express\n", "CL1035@(2,27,2,31)")]
    [InlineData("FROM fedora:41\nRUN dnf install -y httpd-2.4.62 mod_ssl && dnf clean all\n", "CL1035@(2,33,2,40)")]
    [InlineData("FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@v0.16 && go install example.com/cmd/tool\n", "CL1035@(2,61,2,81)")]
    [InlineData("FROM ruby:3.3\nRUN gem install rake:13.2 bundler && gem install -v 2.5 rails\n", "CL1035@(2,27,2,34)")]
    [InlineData("FROM debian:12\nRUN <<EOF\napt-get install -y \\\n   jq\nEOF\n", "CL1035@(4,4,4,6)")]
    [InlineData("FROM debian:12\nRUN [\"apt-get\", \"install\", \"-y\", \"curl\"]\n", "CL1035@(2,34,2,40)")]
    [InlineData("FROM debian:12\nONBUILD RUN apt-get install -y curl\n", "CL1035@(2,32,2,36)")]
    [InlineData("FROM debian:12\nRUN apt-get install -t bookworm-backports -y curl=8.0\n", "")]
    [InlineData("FROM debian:12\nRUN xx-apt-get install -y --no-install-recommends gcc\n", "CL1035@(2,51,2,54)")]
    [InlineData("FROM debian:12\n# containerlint ignore=CL1035 -- base tools follow the distro\nRUN apt-get install -y curl\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1035", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
