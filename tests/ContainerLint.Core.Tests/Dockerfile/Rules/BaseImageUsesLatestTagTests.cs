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
}
