namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1067 CopyFromCurrentStage: snippet -> expected findings with exact spans.</summary>
public sealed class CopyFromCurrentStageTests
{
    [Theory]
    [InlineData("FROM golang:1.23 AS build\nCOPY --from={|CL1067:build|} /src /src\n")]
    [InlineData("FROM golang:1.23 AS build\nFROM alpine:3.21\nCOPY --from={|CL1067:1|} /src /src\n")]
    [InlineData("FROM golang:1.23 AS build\nFROM alpine:3.21\nCOPY --from=0 /src /src\n")]
    public void Check(string markup) => DockerfileRuleHarness.Verify("CL1067", markup);
}
