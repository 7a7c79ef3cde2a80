namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1064 CopyRelativeDestinationWithoutWorkdir: snippet -> expected findings with exact spans.</summary>
public sealed class CopyRelativeDestinationWithoutWorkdirTests
{
    [Theory]
    [InlineData("FROM node:22\nCOPY package.json .\n", "CL1064@(2,19,2,20)")]
    [InlineData("FROM node:22\nWORKDIR /app\nCOPY package.json .\n", "")]
    [InlineData("FROM node:22 AS base\nWORKDIR /app\nFROM base\nCOPY package.json ./\n", "")]
    [InlineData("FROM node:22\nCOPY package.json /app/\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1064", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
