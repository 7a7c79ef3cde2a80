namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1056 MultipleCmd: snippet -> expected findings with exact spans.</summary>
public sealed class MultipleCmdTests
{
    [Theory]
    [InlineData("FROM node:22\nCMD [\"a\"]\ncmd [\"b\"]\nCMD [\"c\"]\n", "CL1056@(2,1,2,4) CL1056@(3,1,3,4)")]
    [InlineData("FROM node:22 AS a\nCMD [\"a\"]\nFROM node:22\nCMD [\"b\"]\n", "")]
    public void Check(string dockerfile, string expected)
    {
        var hits = DockerfileRuleHarness.Hits("CL1056", dockerfile);
        Assert.Equal(expected, string.Join(" ", hits));
    }
}
