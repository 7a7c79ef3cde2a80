namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1065 CopyMultipleSourcesToFile: snippet -> expected findings with exact spans.</summary>
public sealed class CopyMultipleSourcesToFileTests
{
    [Theory]
    [InlineData("FROM node:22\nCOPY package.json package-lock.json /app\n", "CL1065@(2,37,2,41)")]
    [InlineData("FROM node:22\nCOPY package.json package-lock.json /app/\nCOPY a b ./\nCOPY [\"a\", \"b\", \"/c/\"]\n", "")]
    [InlineData("FROM node:22\nCOPY [\"a\", \"b\", \"/c\"]\n", "CL1065@(2,17,2,21)")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1065", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
