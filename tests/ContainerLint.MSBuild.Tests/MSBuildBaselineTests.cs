namespace ContainerLint.MSBuild.Tests;

using System.Text;

/// <summary><c>dotnet build</c> with a baseline written by <c>containerlint baseline</c>: the same file, the same matches.</summary>
public sealed class MSBuildBaselineTests : IClassFixture<PackedFeed>
{
    private readonly PackedFeed _feed;

    public MSBuildBaselineTests(PackedFeed feed) => _feed = feed;

    [Fact]
    public void ABaselinedProjectBuildsGreenFailsOnANewFindingAndNamesAFixedOne()
    {
        var csproj = $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <EnableSdkContainerSupport>false</EnableSdkContainerSupport>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ContainerLint.MSBuild" Version="{_feed.PackageVersion}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """;
        var dir = _feed.CreateProject("baselined", new Dictionary<string, byte[]>
        {
            ["baselined.csproj"] = Encoding.UTF8.GetBytes(csproj),
            ["Program.cs"] = Encoding.UTF8.GetBytes("Console.WriteLine(\"hello\");\n"),
            ["Dockerfile"] = Encoding.UTF8.GetBytes(MSBuildEndToEndTests.InsecureDockerfile),
        });
        var dockerfile = Path.Combine(dir, "Dockerfile");

        var before = _feed.Build(dir, "-t:ContainerLint");
        Assert.NotEqual(0, before.ExitCode);
        Assert.Contains("error CL1034", before.Output, StringComparison.Ordinal);

        var written = _feed.Run(dir, _feed.CliAssembly, "baseline");
        Assert.True(written.ExitCode == 0, written.ToString());

        // Everything accepted: green, and the summary counts them. The baseline is an input: writing it reran the lint.
        var green = _feed.Build(dir, "-t:ContainerLint", "-v:n");
        Assert.True(green.ExitCode == 0, green.ToString());
        Assert.DoesNotContain("CL1034", green.Output, StringComparison.Ordinal);
        Assert.Matches(@"ContainerLint: linted \d+ file\(s\), 0 finding\(s\), [1-9]\d* baselined\.", green.Output);

        // Lines inserted above keep the match; a new error fails the build, alone.
        File.WriteAllText(dockerfile, "# syntax=docker/dockerfile:1\n# moved\n" + MSBuildEndToEndTests.InsecureDockerfile + "RUN wget -qO- https://example.com/x.sh | bash\n");
        var fresh = _feed.Build(dir, "-t:ContainerLint");
        Assert.NotEqual(0, fresh.ExitCode);
        Assert.Contains($"{dockerfile}(6,", fresh.Output, StringComparison.Ordinal);
        Assert.DoesNotContain($"{dockerfile}(4,", fresh.Output, StringComparison.Ordinal);
        Assert.DoesNotContain($"{dockerfile}(3,", fresh.Output, StringComparison.Ordinal);

        // The old pipe-to-shell fixed: its entry is named as stale; ContainerLintBaseline=none reports everything.
        File.WriteAllText(dockerfile, MSBuildEndToEndTests.InsecureDockerfile.Replace("RUN curl -fsSL https://example.com/install.sh | sh\n", "", StringComparison.Ordinal));
        var fixedOne = _feed.Build(dir, "-t:ContainerLint", "-v:n");
        Assert.True(fixedOne.ExitCode == 0, fixedOne.ToString());
        Assert.Matches(@"baseline entr(y|ies) no longer match.*Dockerfile:2 CL1034", fixedOne.Output);
        var none = _feed.Build(dir, "-t:ContainerLint", "-p:ContainerLintBaseline=none");
        Assert.Contains("warning CL1020", none.Output, StringComparison.Ordinal);
        var missing = _feed.Build(dir, "-t:ContainerLint", "-p:ContainerLintBaseline=nope.json");
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("ContainerLintBaseline: nope.json: baseline file not found", missing.Output, StringComparison.Ordinal);
    }
}
