namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1045 WholeFilesystemCopiedFromStage: snippet -> expected findings with exact spans.</summary>
public sealed class WholeFilesystemCopiedFromStageTests
{
    [Theory]
    [InlineData("FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=build {|CL1045:/|} /\n")]
    [InlineData("FROM golang:1.23 AS build\nFROM scratch\nCOPY --from=build /out/app /app\n")]
    [InlineData("FROM golang:1.23 AS build\nFROM scratch\nCOPY / /x\n")]
    [InlineData("FROM tonistiigi/xx:1.6.1 AS xx\nFROM golang:1.23\nCOPY --from=xx / /\n")]
    [InlineData("FROM debian:12 AS root\nRUN true\nFROM scratch\nCOPY --from=root {|CL1045:/|} /\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1045", markup);
}
