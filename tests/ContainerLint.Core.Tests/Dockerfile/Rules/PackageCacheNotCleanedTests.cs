namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1042 PackageCacheNotCleaned: snippet -> expected findings with exact spans.</summary>
public sealed class PackageCacheNotCleanedTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get update && {|CL1042:apt-get install|} -y --no-install-recommends curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n")]
    [InlineData("FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt \\\n    apt-get update && apt-get install -y curl\n")]
    [InlineData("FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl\n")]
    [InlineData("FROM alpine:3.21\nRUN {|CL1042:apk add|} curl && apk add --no-cache jq\n")]
    [InlineData("FROM alpine:3.21\nRUN apk add --no-cache curl\n")]
    [InlineData("FROM alpine:3.21\nRUN apk add curl && rm -rf /var/cache/apk/*\n")]
    [InlineData("FROM alpine:3.21\nRUN apk add --no-network --virtual .rundeps $runDeps\n")]
    [InlineData("FROM centos:7\nRUN {|CL1042:yum install|} -y httpd\n")]
    [InlineData("FROM centos:7\nRUN yum install -y httpd; if [ -d /var/cache/yum ]; then yum clean all; fi\n")]
    [InlineData("FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y httpd\n")]
    [InlineData("FROM python:3.13\nRUN {|CL1042:pip install|} flask==3.0\n")]
    [InlineData("FROM python:3.13\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.0\n")]
    [InlineData("FROM python:3.13\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0\n")]
    [InlineData("FROM node:22\nRUN npm ci && npm cache clean --force\n")]
    [InlineData("FROM node:22\nRUN {|CL1042:yarn install|} --frozen-lockfile\n")]
    [InlineData("FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper clean --all\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1042", markup);
}
