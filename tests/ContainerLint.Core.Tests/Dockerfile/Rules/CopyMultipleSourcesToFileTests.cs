namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1065 CopyMultipleSourcesToFile: snippet -> expected findings with exact spans.</summary>
public sealed class CopyMultipleSourcesToFileTests
{
    [Theory]
    [InlineData("FROM node:22\nCOPY package.json package-lock.json {|CL1065:/app|}\n")]
    [InlineData("FROM node:22\nCOPY package.json package-lock.json /app/\nCOPY a b ./\nCOPY [\"a\", \"b\", \"/c/\"]\n")]
    [InlineData("FROM node:22\nCOPY [\"a\", \"b\", {|CL1065:\"/c\"|}]\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1065", markup);
}
