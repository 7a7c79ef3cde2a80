namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1027 FromPlatformFlagMisuse: snippet -> exact spans.</summary>
public sealed class FromPlatformFlagMisuseTests
{
    [Theory]
    [InlineData("FROM --platform=linux/amd64 golang:1.25 AS build\n", new string[] { "CL1027@(1,17,1,28)" })]
    [InlineData("FROM --platform=$TARGETPLATFORM alpine:3.22\n", new string[] { "CL1027@(1,17,1,32)" })]
    [InlineData("FROM --platform=$BUILDPLATFORM golang:1.25 AS build\n", new string[] { })]
    [InlineData("FROM --platform=linux/arm64 alpine:3.22 AS build-arm64\n", new string[] { })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1027", dockerfile));
}
