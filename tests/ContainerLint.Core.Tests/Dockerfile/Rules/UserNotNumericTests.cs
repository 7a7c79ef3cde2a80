namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1012 UserNotNumeric: snippet -> exact spans.</summary>
public sealed class UserNotNumericTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nUSER app\n", new string[] { "CL1012@(2,6,2,9)" })]
    [InlineData("FROM alpine:3.22\nUSER 1000:1000\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nUSER root\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nARG UID=10001\nUSER ${UID}\n", new string[] { })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1012", dockerfile));
}
