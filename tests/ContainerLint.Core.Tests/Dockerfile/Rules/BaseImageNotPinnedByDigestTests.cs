namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1022 BaseImageNotPinnedByDigest: snippet -> exact spans.</summary>
public sealed class BaseImageNotPinnedByDigestTests
{
    [Theory]
    [InlineData("FROM python:3.13-slim\n", new string[] { "CL1022@(1,6,1,22)" })]
    [InlineData("FROM python:3.13-slim@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n", new string[] { })]
    [InlineData("FROM scratch\n", new string[] { })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1022", dockerfile));
}
