namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1021 BaseImageUntagged: snippet -> exact spans.</summary>
public sealed class BaseImageUntaggedTests
{
    [Theory]
    [InlineData("FROM ubuntu\n", new string[] { "CL1021@(1,6,1,12)" })]
    [InlineData("ARG IMAGE=python:3.12@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nFROM ${IMAGE}\n", new string[] { })]
    [InlineData("FROM scratch\n", new string[] { })]
    [InlineData("FROM node AS build\nFROM build\n", new string[] { "CL1021@(1,6,1,10)" })]
    [InlineData("FROM --platform=$BUILDPLATFORM \\\n  ghcr.io/acme/tool AS t\n", new string[] { "CL1021@(2,3,2,20)" })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1021", dockerfile));
}
