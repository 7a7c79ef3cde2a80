namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1077 LegacyKeyValueFormat: snippet -> expected findings with exact spans.</summary>
public sealed class LegacyKeyValueFormatTests
{
    [Theory]
    [InlineData("FROM alpine:3.21\nENV APP_HOME /app\nLABEL maintainer jane\n", "CL1077@(2,5,2,13) CL1077@(3,7,3,17)")]
    [InlineData("FROM alpine:3.21\nENV APP_HOME=/app\nLABEL a=b\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1077", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }

    [Theory]
    [InlineData("FROM alpine:3.21\nENV APP_HOME /app\n", "APP_HOME=/app")]
    [InlineData("FROM alpine:3.21\nENV GREETING hello world\n", "GREETING=\"hello world\"")]
    public void TheFixWritesTheKeyValueForm(string dockerfile, string replacement)
    {
        Assert.Equal(replacement, DockerfileRuleHarness.Findings("CL1077", dockerfile).Single().Fix?.Replacement);
    }
}
