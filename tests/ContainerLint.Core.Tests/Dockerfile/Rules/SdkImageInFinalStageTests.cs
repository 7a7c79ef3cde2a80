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
    [InlineData("FROM golang:1.25 AS tools\nRUN go install example.com/x@v1.0.0\nFROM golang:1.25\nCOPY --from=tools /go/bin /go/bin\n")] // no start command: a build environment
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:8.0\nENTRYPOINT [\"dotnet\"]\n")] // a CI step image: the toolchain is the product
    [InlineData("FROM mcr.microsoft.com/dotnet/sdk:8.0 AS b\nFROM mcr.microsoft.com/dotnet/sdk:8.0\nENTRYPOINT [\"/usr/local/bin/mvn-entrypoint.sh\"]\nCMD [\"mvn\"]\n")]
    [InlineData("FROM {|CL1025:mcr.microsoft.com/dotnet/sdk:8.0|}\nCOPY . /src\nCMD [\"dotnet\", \"run\", \"--project\", \"/src\"]\n")] // dotnet run is the application
    [InlineData("FROM {|CL1025:golang:1.25|}\nCOPY . .\nCMD go run .\n")]
    [InlineData("FROM golang:1.25\nENTRYPOINT [\"go\", \"test\", \"./...\"]\n")]
    [InlineData("FROM {|CL1025:golang:1.25|}\nENTRYPOINT [\"tini\", \"--\"]\nCMD [\"/app\"]\n")]
    public void ReportsExactSpans(string markup) => DockerfileRuleHarness.Verify("CL1025", markup);

    [Theory]
    [InlineData("FROM golang:1.25\nCMD [\"/app\"]\n", "The final stage runs on 'golang:1.25', a golang build toolchain image;")]
    [InlineData("FROM golang:1.13 AS build_base\nFROM build_base AS build_go\nENTRYPOINT [\"/bin/app\"]\n", "The final stage runs on stage 'build_base' (golang:1.13), a golang build toolchain image;")]
    public void NamesTheToolchainImage(string dockerfile, string expected) =>
        Assert.StartsWith(expected, Assert.Single(DockerfileRuleHarness.Findings("CL1025", dockerfile)).Message, StringComparison.Ordinal);
}
