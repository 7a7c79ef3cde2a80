namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1007 BuildContextMayLeakSecrets: snippet -> exact spans.</summary>
public sealed class BuildContextMayLeakSecretsTests
{
    [Theory]
    [InlineData("FROM node:22\nWORKDIR /app\nCOPY . .\n", new string[] { "CL1007@(3,6,3,7)" })]
    [InlineData("FROM node:22\nWORKDIR /app\nCOPY src/ ./src/\n", new string[] { })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1007", dockerfile));
}
