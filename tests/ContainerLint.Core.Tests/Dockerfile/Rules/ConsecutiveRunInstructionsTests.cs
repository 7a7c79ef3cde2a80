namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1046 ConsecutiveRunInstructions: snippet -> expected findings with exact spans.</summary>
public sealed class ConsecutiveRunInstructionsTests
{
    [Theory]
    [InlineData("FROM alpine:3.21\nRUN apk add --no-cache curl\nRUN curl --version\n", "CL1046@(3,1,3,4)")]
    [InlineData("FROM alpine:3.21\nRUN apk add --no-cache curl\nRUN --mount=type=cache,target=/x curl --version\n", "")]
    [InlineData("FROM alpine:3.21\nRUN a\nENV X=1\nRUN b\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1046", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
