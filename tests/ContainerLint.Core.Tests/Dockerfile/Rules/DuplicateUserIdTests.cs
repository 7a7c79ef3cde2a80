namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1016 DuplicateUserId: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class DuplicateUserIdTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nRUN adduser -D -u 1000 app && adduser -D -u {|CL1016:1000|} worker\n")]
    [InlineData("FROM alpine:3.22\nRUN addgroup -g 1000 app && adduser -D -u 1000 -G app app\n")]
    [InlineData("FROM alpine:3.22 AS a\nRUN adduser -D -u 1000 app\nFROM alpine:3.22\nRUN adduser -D -u 1000 app\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1016", markup);
}
