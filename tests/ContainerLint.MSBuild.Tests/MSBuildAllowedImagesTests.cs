namespace ContainerLint.MSBuild.Tests;

/// <summary>allowedImages in <c>dotnet build</c>: the task reads <c>.containerlint.yaml</c> with the shared loader, so the allowed-images rules run there too.</summary>
public sealed partial class MSBuildEndToEndTests
{
    [Fact]
    public void ImagesOutsideTheAllowedListAreReportedByDotnetBuild()
    {
        var csproj = Csproj(body: "", properties: "    <ContainerBaseImage>docker.io/someone/aspnet:10.0</ContainerBaseImage>");
        var dir = _feed.CreateProject("allowed", new Dictionary<string, byte[]>
        {
            ["allowed.csproj"] = Utf8(csproj),
            ["Program.cs"] = Utf8(Program),
            ["Dockerfile"] = Utf8("FROM node:20 AS web\nFROM mcr.microsoft.com/dotnet/runtime:10.0\nCOPY --from=web /app /app\nUSER app\n"),
            [".containerlint.yaml"] = Utf8("allowedImages:\n  - mcr.microsoft.com/dotnet/*\n"),
        });
        var project = Path.Combine(dir, "allowed.csproj");
        var baseImage = SpanOf(csproj, "<ContainerBaseImage>docker.io/someone/aspnet:10.0</ContainerBaseImage>");

        var build = _feed.Build(dir);
        Assert.True(build.ExitCode == 0, build.ToString());
        AssertLine(build, $"{Path.Combine(dir, "Dockerfile")}(1,6,1,13): warning CL1084: Image 'node:20' (docker.io/library/node) is not in the allowed images");
        AssertLine(build, $"{project}{baseImage}: warning CL4013: ContainerBaseImage 'docker.io/someone/aspnet:10.0'");
        Assert.DoesNotContain("CL1084: Image 'mcr.microsoft.com", build.Output, StringComparison.Ordinal);

        // A bad pattern is a positioned configuration error that fails the build.
        File.WriteAllText(Path.Combine(dir, ".containerlint.yaml"), "allowedImages:\n  - \"mcr microsoft\"\n");
        var bad = _feed.Build(dir);
        Assert.NotEqual(0, bad.ExitCode);
        AssertLine(bad, $"{Path.Combine(dir, ".containerlint.yaml")}(2,5): error");
    }
}
