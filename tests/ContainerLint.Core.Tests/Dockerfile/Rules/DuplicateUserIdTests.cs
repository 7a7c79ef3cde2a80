namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1016 DuplicateUserId: snippet -> exact spans.</summary>
public sealed class DuplicateUserIdTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nRUN adduser -D -u 1000 app && adduser -D -u 1000 worker\n", new string[] { "CL1016@(2,45,2,49)" })]
    [InlineData("FROM alpine:3.22\nRUN addgroup -g 1000 app && adduser -D -u 1000 -G app app\n", new string[] { })]
    [InlineData("FROM alpine:3.22 AS a\nRUN adduser -D -u 1000 app\nFROM alpine:3.22\nRUN adduser -D -u 1000 app\n", new string[] { })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1016", dockerfile));
}
