namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1022 BaseImageNotPinnedByDigest: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class BaseImageNotPinnedByDigestTests
{
    [Theory]
    [InlineData("FROM {|CL1022:python:3.13-slim|}\n")]
    [InlineData("FROM python:3.13-slim@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n")]
    [InlineData("FROM scratch\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1022", markup);
}
