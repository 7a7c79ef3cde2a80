namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1077 LegacyKeyValueFormat: snippet -> expected findings with exact spans.</summary>
public sealed class LegacyKeyValueFormatTests
{
    [Theory]
    [InlineData("FROM alpine:3.21\nENV {|CL1077:APP_HOME|} /app\nLABEL {|CL1077:maintainer|} jane\n")]
    [InlineData("FROM alpine:3.21\nENV APP_HOME=/app\nLABEL a=b\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1077", markup);

    [Theory]
    [InlineData("FROM alpine:3.21\nENV APP_HOME /app\n", "APP_HOME=/app")]
    [InlineData("FROM alpine:3.21\nENV GREETING hello world\n", "GREETING=\"hello world\"")]
    public void TheFixWritesTheKeyValueForm(string dockerfile, string replacement)
    {
        Assert.Equal(replacement, DockerfileRuleHarness.Findings("CL1077", dockerfile).Single().Fix?.Replacement);
    }
}
