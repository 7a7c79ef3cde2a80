namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1013 SudoUsed: snippet -> exact spans.</summary>
public sealed class SudoUsedTests
{
    [Theory]
    [InlineData("FROM alpine:3.22\nRUN sudo apt-get update\n", new string[] { "CL1013@(2,5,2,9)" })]
    [InlineData("FROM alpine:3.22\nRUN apt-get install -y sudo\n", new string[] { "CL1013@(2,24,2,28)" })]
    [InlineData("FROM alpine:3.22\nRUN echo sudo\n", new string[] { })]
    [InlineData("FROM alpine:3.22\nRUN apk add --no-cache su-exec\n", new string[] { })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1013", dockerfile));
}
