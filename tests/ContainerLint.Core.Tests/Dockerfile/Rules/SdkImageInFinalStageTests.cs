namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>CL1025 SdkImageInFinalStage: snippet -> exact spans.</summary>
public sealed class SdkImageInFinalStageTests
{
    [Theory]
    [InlineData("FROM golang:1.25\nCMD [\"/app\"]\n", new string[] { "CL1025@(1,6,1,17)" })]
    [InlineData("FROM golang:1.25\nRUN go version\n", new string[] { })]
    [InlineData("FROM golang:1.25 AS build\nRUN go build -o /app\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\n", new string[] { })]
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nFROM build\nENTRYPOINT [\"dotnet\", \"app.dll\"]\n", new string[] { "CL1025@(2,6,2,11)" })]
    [InlineData("FROM eclipse-temurin:21-jre\nCMD [\"java\", \"-jar\", \"app.jar\"]\n", new string[] { })]
    [InlineData("FROM eclipse-temurin:21-jdk AS b\nFROM eclipse-temurin:21-jdk\nCMD [\"java\"]\n", new string[] { "CL1025@(2,6,2,28)" })]
    public void ReportsExactSpans(string dockerfile, string[] expected) =>
        Assert.Equal(expected, DockerfileRuleHarness.Hits("CL1025", dockerfile));
}
