namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1068 DuplicateStageName: snippet -> expected findings with exact spans.</summary>
public sealed class DuplicateStageNameTests
{
    [Theory]
    [InlineData("FROM golang:1.23 AS build\nFROM node:22 AS {|CL1068:Build|}\n")]
    [InlineData("FROM golang:1.23 AS build-go\nFROM node:22 AS build-web\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1068", markup);
}
