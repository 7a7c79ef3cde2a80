namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1020 BaseImageUsesLatestTag: snippet -> exact spans.</summary>
public sealed class BaseImageUsesLatestTagTests
{
    [Theory]
    [InlineData("ARG TAG=latest\nFROM nginx:${TAG}\n", new string[] { "CL1020@(2,6,2,18)" })]
    [InlineData("FROM nginx:latest\n", new string[] { "CL1020@(1,6,1,18)" })]
    [InlineData("FROM nginx:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n", new string[] { })]
    [InlineData("FROM nginx:1.27 AS latest\nFROM latest\n", new string[] { })]
    [InlineData("FROM ${IMG}\n", new string[] { })]
    [InlineData("from NGINX:latest\n", new string[] { })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1020", dockerfile));
}
