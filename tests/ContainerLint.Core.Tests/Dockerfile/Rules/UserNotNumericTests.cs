namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1012 UserNotNumeric: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class UserNotNumericTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nUSER {|CL1012:app|}\n")]
    [InlineData("FROM alpine:3.22\nUSER 1000:1000\n")]
    [InlineData("FROM alpine:3.22\nUSER root\n")]
    [InlineData("FROM alpine:3.22\nARG UID=10001\nUSER ${UID}\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1012", markup);
}
