namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1020 BaseImageUsesLatestTag: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class BaseImageUsesLatestTagTests
{
    [Theory]
    [InlineData("ARG TAG=latest\nFROM {|CL1020:nginx:${TAG}|}\n")]
    [InlineData("FROM {|CL1020:nginx:latest|}\n")]
    [InlineData("FROM nginx:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n")]
    [InlineData("FROM nginx:1.27 AS latest\nFROM latest\n")]
    [InlineData("FROM ${IMG}\n")]
    [InlineData("from NGINX:latest\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1020", markup);

    [Theory]
    [InlineData("ARG TAG=latest\nFROM nginx:${TAG}\n", "Base image 'nginx:latest' uses the mutable :latest tag from the default of ARG TAG on line 1;")]
    [InlineData("ARG BASE=istio/base\nARG V=latest\nFROM $BASE:$V\n", "Base image 'istio/base:latest' uses the mutable :latest tag from the default of ARG V on line 2;")]
    [InlineData("FROM nginx:latest\n", "Base image 'nginx:latest' uses the mutable :latest tag; pin a version tag (and ideally a digest).")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:latest\n", "Base image 'mcr.microsoft.com/windows/servercore:latest' names :latest, which Windows base images do not publish, so the build fails; pin a version tag (such as ltsc2022).")]
    [InlineData("ARG T=latest\nFROM microsoft/nanoserver:$T\n", "Base image 'microsoft/nanoserver:latest' names :latest from the default of ARG T on line 1, which Windows base images do not publish, so the build fails;")]
    public void NamesTheArgThatSuppliesLatest(string dockerfile, string expected) =>
        Assert.StartsWith(expected, Assert.Single(DockerfileRuleHarness.Findings("CL1020", dockerfile)).Message, StringComparison.Ordinal);
}
