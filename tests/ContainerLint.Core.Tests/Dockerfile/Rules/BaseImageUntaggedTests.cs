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
}
