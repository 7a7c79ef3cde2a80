namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1064 CopyRelativeDestinationWithoutWorkdir: snippet -> expected findings with exact spans.</summary>
public sealed class CopyRelativeDestinationWithoutWorkdirTests
{
    [Theory]
    [InlineData("FROM node:22\nCOPY package.json {|CL1064:.|}\n")]
    [InlineData("FROM node:22\nWORKDIR /app\nCOPY package.json .\n")]
    [InlineData("FROM node:22 AS base\nWORKDIR /app\nFROM base\nCOPY package.json ./\n")]
    [InlineData("FROM node:22\nCOPY package.json /app/\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1064", markup);
}
