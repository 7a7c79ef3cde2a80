namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1021 BaseImageUntagged: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class BaseImageUntaggedTests
{
    [Theory]
    [InlineData("FROM {|CL1021:ubuntu|}\n")]
    [InlineData("ARG IMAGE=python:3.12@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nFROM ${IMAGE}\n")]
    [InlineData("FROM scratch\n")]
    [InlineData("FROM {|CL1021:node|} AS build\nFROM build\n")]
    [InlineData("FROM --platform=$BUILDPLATFORM \\\n  {|CL1021:ghcr.io/acme/tool|} AS t\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1021", markup);

    [Theory]
    [InlineData("FROM ubuntu\n", "Base image 'ubuntu' has no tag or digest, so the build pulls whatever :latest is; pin a version tag (and ideally a digest).")]
    [InlineData("FROM microsoft/windowsservercore\n", "Base image 'microsoft/windowsservercore' has no tag or digest, so the build fails: Windows base images publish no :latest; pin a version tag (such as ltsc2022).")]
    [InlineData("FROM mcr.microsoft.com/windows/nanoserver-insider\n", "Base image 'mcr.microsoft.com/windows/nanoserver-insider' has no tag or digest, so the build fails: Windows base images publish no :latest;")]
    public void SaysWhatAnUntaggedPullDoes(string dockerfile, string expected) =>
        Assert.StartsWith(expected, Assert.Single(DockerfileRuleHarness.Findings("CL1021", dockerfile)).Message, StringComparison.Ordinal);
}
