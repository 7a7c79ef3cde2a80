namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1027 FromPlatformFlagMisuse: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class FromPlatformFlagMisuseTests
{
    [Theory]
    [InlineData("FROM --platform={|CL1027:linux/amd64|} golang:1.25 AS build\n")]
    [InlineData("FROM --platform={|CL1027:$TARGETPLATFORM|} alpine:3.22\n")]
    [InlineData("FROM --platform=$BUILDPLATFORM golang:1.25 AS build\n")]
    [InlineData("FROM --platform=linux/arm64 alpine:3.22 AS build-arm64\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1027", markup);
}
