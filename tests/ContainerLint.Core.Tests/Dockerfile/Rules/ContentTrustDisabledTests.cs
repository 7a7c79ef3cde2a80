namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1028 ContentTrustDisabled: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class ContentTrustDisabledTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nENV DOCKER_CONTENT_TRUST={|CL1028:0|}\n")]
    [InlineData("FROM alpine:3.22\nRUN {|CL1028:DOCKER_CONTENT_TRUST=0|} docker pull x\n")]
    [InlineData("FROM alpine:3.22\nENV DOCKER_CONTENT_TRUST=1\n")]
    [InlineData("FROM alpine:3.22\nRUN docker pull {|CL1028:--disable-content-trust|} x\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1028", markup);
}
