namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1007 BuildContextMayLeakSecrets: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class BuildContextMayLeakSecretsTests
{
    [Theory]
    [InlineData("FROM node:22\nWORKDIR /app\nCOPY {|CL1007:.|} .\n")]
    [InlineData("FROM node:22\nWORKDIR /app\nCOPY src/ ./src/\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1007", markup);
}
