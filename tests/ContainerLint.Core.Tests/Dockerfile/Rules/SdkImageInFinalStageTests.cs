namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1025 SdkImageInFinalStage: markup: every {|id:span|} is reported, nothing else.</summary>
public sealed class SdkImageInFinalStageTests
{
    [Theory]
    [InlineData("FROM {|CL1025:golang:1.25|}\nCMD [\"/app\"]\n")]
    [InlineData("FROM golang:1.25\nRUN go version\n")]
    [InlineData("FROM golang:1.25 AS build\nRUN go build -o /app\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\n")]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nFROM {|CL1025:build|}\nENTRYPOINT [\"dotnet\", \"app.dll\"]\n")]
    [InlineData("FROM eclipse-temurin:21-jre\nCMD [\"java\", \"-jar\", \"app.jar\"]\n")]
    [InlineData("FROM eclipse-temurin:21-jdk AS b\nFROM {|CL1025:eclipse-temurin:21-jdk|}\nCMD [\"java\"]\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1025", markup);
}
