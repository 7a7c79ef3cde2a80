namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1013 SudoUsed: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class SudoUsedTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nRUN {|CL1013:sudo|} apt-get update\n")]
    [InlineData("FROM alpine:3.22\nRUN apt-get install -y {|CL1013:sudo|}\n")]
    [InlineData("FROM alpine:3.22\nRUN echo sudo\n")]
    [InlineData("FROM alpine:3.22\nRUN apk add --no-cache su-exec\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1013", markup);
}
