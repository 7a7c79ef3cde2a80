namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1015 UseraddHighUidWithoutNoLogInit: snippet -> exact spans.</summary>
public sealed class UseraddHighUidWithoutNoLogInitTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nRUN useradd -u 123456 app\n", new string[] { "CL1015@(2,16,2,22)" })]
    [InlineData("FROM alpine:3.22\nRUN useradd -l -u 123456 app\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nRUN useradd -u 1000 app\n", new string[] { })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1015", dockerfile));
}
