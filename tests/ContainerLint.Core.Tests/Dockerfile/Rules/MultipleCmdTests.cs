namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1056 MultipleCmd: snippet -> expected findings with exact spans.</summary>
public sealed class MultipleCmdTests
{
    [Theory]
    [InlineData("FROM node:22\n{|CL1056:CMD|} [\"a\"]\n{|CL1056:cmd|} [\"b\"]\nCMD [\"c\"]\n")]
    [InlineData("FROM node:22 AS a\nCMD [\"a\"]\nFROM node:22\nCMD [\"b\"]\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1056", markup);
}
