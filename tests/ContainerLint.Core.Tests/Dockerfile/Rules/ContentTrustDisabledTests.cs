namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1028 ContentTrustDisabled: snippet -> exact spans.</summary>
public sealed class ContentTrustDisabledTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nENV DOCKER_CONTENT_TRUST=0\n", new string[] { "CL1028@(2,26,2,27)" })]
    [InlineData("FROM alpine:3.22\nRUN DOCKER_CONTENT_TRUST=0 docker pull x\n", new string[] { "CL1028@(2,5,2,27)" })]
    [InlineData("FROM alpine:3.22\nENV DOCKER_CONTENT_TRUST=1\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nRUN docker pull --disable-content-trust x\n", new string[] { "CL1028@(2,17,2,40)" })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1028", dockerfile));
}
