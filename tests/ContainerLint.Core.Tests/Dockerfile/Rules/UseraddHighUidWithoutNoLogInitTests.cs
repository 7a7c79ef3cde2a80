namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1015 UseraddHighUidWithoutNoLogInit: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class UseraddHighUidWithoutNoLogInitTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nRUN useradd -u {|CL1015:123456|} app\n")]
    [InlineData("FROM alpine:3.22\nRUN useradd -l -u 123456 app\n")]
    [InlineData("FROM alpine:3.22\nRUN useradd -u 1000 app\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1015", markup);
}
