namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1046 ConsecutiveRunInstructions: snippet -> expected findings with exact spans.</summary>
public sealed class ConsecutiveRunInstructionsTests
{
    [Theory]
    [InlineData("FROM alpine:3.21\nRUN apk add --no-cache curl\n{|CL1046:RUN|} curl --version\n")]
    [InlineData("FROM alpine:3.21\nRUN apk add --no-cache curl\nRUN --mount=type=cache,target=/x curl --version\n")]
    [InlineData("FROM alpine:3.21\nRUN a\nENV X=1\nRUN b\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1046", markup);
}
