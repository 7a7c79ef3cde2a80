namespace ContainerLint.MSBuild.Tests;

using System.Text;

/// <summary><c>dotnet build</c> under a root configuration that locks a rule (issue #17 item 2): the same resolver as the CLI.</summary>
public sealed class MSBuildPolicyTests : IClassFixture<PackedFeed>
{
    private readonly PackedFeed _feed;

    public MSBuildPolicyTests(PackedFeed feed) => _feed = feed;

    [Fact]
    public void ANestedConfigurationAProjectPropertyAndAnInlineIgnoreCannotUnlockAnEnforcedRule()
    {
        string Csproj(string properties) => $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <EnableSdkContainerSupport>false</EnableSdkContainerSupport>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ContainerLint.MSBuild" Version="{_feed.PackageVersion}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """;
        var repo = _feed.CreateProject("policed", new Dictionary<string, byte[]>
        {
            [".containerlint.yaml"] = Encoding.UTF8.GetBytes("enforce: [CL1020, CL1010]\n"),
            ["app/.containerlint.yaml"] = Encoding.UTF8.GetBytes("disable: [CL1020]\n"),
            ["app/app.csproj"] = Encoding.UTF8.GetBytes(Csproj("")),
            ["app/Program.cs"] = Encoding.UTF8.GetBytes("Console.WriteLine(\"hello\");\n"),
            ["app/Dockerfile"] = Encoding.UTF8.GetBytes("FROM nginx:latest\n# containerlint ignore=CL1010 -- nginx drops privileges itself\nCMD [\"nginx\"]\n"),
        });
        Directory.CreateDirectory(Path.Combine(repo, ".git"));
        var app = Path.Combine(repo, "app");
        var nested = Path.Combine(app, ".containerlint.yaml");
        var dockerfile = Path.Combine(app, "Dockerfile");

        var locked = _feed.Build(app, "-t:ContainerLint");
        Assert.Contains($"{nested}(1,11,1,17): warning CL0018: CL1020 is enforced by the root configuration (.containerlint.yaml)", locked.Output, StringComparison.Ordinal);
        Assert.Contains($"{dockerfile}(1,6,", locked.Output, StringComparison.Ordinal);
        Assert.Contains("warning CL1020:", locked.Output, StringComparison.Ordinal);
        Assert.Contains($"{dockerfile}(2,1,", locked.Output, StringComparison.Ordinal);
        Assert.Contains("warning CL0019: CL1010 is enforced", locked.Output, StringComparison.Ordinal);
        Assert.Contains("CL1010:", locked.Output.Replace("CL0019: CL1010", "", StringComparison.Ordinal), StringComparison.Ordinal);

        // Project properties are the team's: ContainerLintDisabledRules cannot turn the enforced rule off either.
        File.WriteAllText(nested, "policy: recommended\n");
        File.WriteAllText(Path.Combine(app, "app.csproj"), Csproj("<ContainerLintDisabledRules>CL1020</ContainerLintDisabledRules>"));
        var property = _feed.Build(app, "-t:ContainerLint");
        Assert.Contains($"{Path.Combine(app, "app.csproj")}(1,1,1,1): warning CL0018: CL1020 is enforced", property.Output, StringComparison.Ordinal);
        Assert.Contains("warning CL1020:", property.Output, StringComparison.Ordinal);
        Assert.DoesNotContain($"{nested}(", property.Output, StringComparison.Ordinal);
    }
}
