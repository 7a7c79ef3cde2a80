namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1077 LegacyKeyValueFormat: snippet -> expected findings with exact spans.</summary>
public sealed class LegacyKeyValueFormatTests
{
    [Theory]
    [InlineData("FROM alpine:3.21\nENV {|CL1077:APP_HOME|} /app\nLABEL maintainer jane\n")]
    [InlineData("FROM alpine:3.21\nENV APP_HOME=/app\nLABEL a=b\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1077", markup);

    [Theory]
    [InlineData("FROM alpine:3.21\nENV APP_HOME /app\n", "APP_HOME=/app")]
    [InlineData("FROM alpine:3.21\nENV GREETING hello world\n", "GREETING=\"hello world\"")]
    public void TheFixWritesTheKeyValueForm(string dockerfile, string replacement)
    {
        Assert.Equal(replacement, DockerfileRuleHarness.Findings("CL1077", dockerfile).Single().Fix?.Edits.Single().Replacement);
    }

    [Theory]
    [InlineData("FROM alpine:3.21\nENV A 1\n", "ENV A uses the legacy 'key value' form; write A=value.")]
    [InlineData("FROM alpine:3.21\nENV A 1\nENV B 2\n", "ENV A uses the legacy 'key value' form (so does line 3); write A=value.")]
    [InlineData("FROM alpine:3.21\nENV A 1\nENV B 2\nLABEL c d\n", "ENV A uses the legacy 'key value' form (so do 2 more: lines 3, 4); write A=value.")]
    public void OneNotePerFileNamesTheOtherLines(string dockerfile, string message) =>
        Assert.Equal(message, DockerfileRuleHarness.Findings("CL1077", dockerfile).Single().Message);
}
