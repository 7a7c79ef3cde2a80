namespace ContainerLint.Core.Tests.DotNetSdk;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.DotNetSdk;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;

/// <summary>Evaluated mode: values from MSBuild, located in the project and the in-repo files it imports.</summary>
public sealed class SdkContainerLayoutTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "cl-sdk-" + Guid.NewGuid().ToString("N")[..10]);

    public SdkContainerLayoutTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, ".git"));
        Directory.CreateDirectory(Path.Combine(_root, "src", "app"));
        Directory.CreateDirectory(Path.Combine(_root, "build"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        File.WriteAllText(path, text);
        return path;
    }

    [Theory]
    [InlineData("$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)../'))", "Directory.Build.props")]
    [InlineData("$([MSBuild]::GetPathOfFileAbove(Directory.Build.props, $(MSBuildThisFileDirectory)..))", "Directory.Build.props")]
    [InlineData("$(MSBuildThisFileDirectory)../../build/container.props", "build/container.props")]
    [InlineData("$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)'))", null)]
    [InlineData("$([MSBuild]::GetPathOfFileAbove('missing.props', '$(MSBuildThisFileDirectory)../'))", null)]
    public void RepositoryImportsAreFollowedAndOthersAreNot(string import, string? expected)
    {
        Write("Directory.Build.props", "<Project />\n");
        Write("build/container.props", "<Project />\n");
        var importing = Write("src/app/Directory.Build.props", "<Project />\n");
        var resolved = SdkContainerLayout.ResolveImport(import, importing, Path.Combine(_root, "src", "app", "app.csproj"));
        Assert.Equal(expected is null ? null : Path.GetFullPath(Path.Combine(_root, expected)), resolved);
    }

    [Fact]
    public void TheLastDefinitionInEvaluationOrderOwnsTheFinding()
    {
        var props = Write("Directory.Build.props", "<Project>\n  <Import Project=\"build/container.props\" />\n  <PropertyGroup>\n    <ContainerUser>root</ContainerUser>\n  </PropertyGroup>\n</Project>\n");
        Write("build/container.props", "<Project>\n  <PropertyGroup>\n    <ContainerBaseImage>ubuntu:latest</ContainerBaseImage>\n  </PropertyGroup>\n</Project>\n");
        // The project overrides ContainerUser; the evaluated value comes from MSBuild, the place from the last definition.
        var project = Write("src/app/app.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <ContainerUser>$(AppUser)</ContainerUser>\n  </PropertyGroup>\n  <ItemGroup>\n    <ContainerPort Include=\"22;8080\" />\n  </ItemGroup>\n</Project>\n");

        var layout = SdkContainerLayout.Build(
            new SdkContainerProject
            {
                ProjectPath = project,
                Properties = new Dictionary<string, string> { ["ContainerUser"] = "0", ["ContainerBaseImage"] = "ubuntu:latest" },
                Items = [new SdkEvaluatedItem("ContainerPort", "22", new Dictionary<string, string>()), new SdkEvaluatedItem("ContainerPort", "8080", new Dictionary<string, string>())],
                FilesBeforeProject = [props],
            },
            File.ReadAllText);

        var findings = Lint(layout);
        Assert.Equal(
            [
                "build/container.props:CL4001(3,5,3,59)",
                "src/app/app.csproj:CL4005(3,5,3,46)",
                "src/app/app.csproj:CL4009(6,5,6,40)",
            ],
            findings.Where(f => f.RuleId is "CL4001" or "CL4005" or "CL4009").Select(f => $"{Path.GetRelativePath(_root, f.File)}:{f.RuleId}{f.Span}").Order(StringComparer.Ordinal).ToArray());
        Assert.Contains(findings, f => f.RuleId == "CL4005" && f.Message.Contains("'0'", StringComparison.Ordinal));
    }

    [Fact]
    public void AValueSetOutsideTheRepositoryFilesIsShownAtTheProjectElement()
    {
        var project = Write("src/app/app.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n</Project>\n");
        var layout = SdkContainerLayout.Build(
            new SdkContainerProject { ProjectPath = project, Properties = new Dictionary<string, string> { ["ContainerUser"] = "root" } },
            File.ReadAllText);
        var finding = Assert.Single(Lint(layout), f => f.RuleId == "CL4005");
        Assert.Equal(new SourceSpan(1, 1, 1, 34), finding.Span); // <Project Sdk="Microsoft.NET.Sdk">
    }

    [Fact]
    public void NothingIsReportedForAProjectThatPublishesNoContainer()
    {
        var project = Write("src/app/app.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <ContainerUser>root</ContainerUser>\n  </PropertyGroup>\n</Project>\n");
        var layout = SdkContainerLayout.Build(
            new SdkContainerProject { ProjectPath = project, IsContainerProject = false, Properties = new Dictionary<string, string> { ["ContainerUser"] = "root" } },
            File.ReadAllText);
        Assert.Empty(layout.Files);
    }

    [Theory]
    // target framework(s), web?, ContainerBaseImage, family, expected "RULE(span) image-in-message" (CL4004/CL4006 only)
    [InlineData("net6.0", true, null, null, new[] { "CL4004(3,5,3,46) mcr.microsoft.com/dotnet/aspnet:6.0 (inferred by the SDK from net6.0)", "CL4006(3,5,3,46) mcr.microsoft.com/dotnet/aspnet:6.0 (inferred by the SDK from net6.0)" })]
    [InlineData("net7.0", false, null, "alpine", new[] { "CL4004(3,5,3,46) mcr.microsoft.com/dotnet/runtime:7.0-alpine (inferred by the SDK from net7.0)", "CL4006(3,5,3,46) mcr.microsoft.com/dotnet/runtime:7.0-alpine (inferred by the SDK from net7.0)" })]
    [InlineData("net10.0", true, null, null, new string[0])]
    [InlineData("net48", false, null, null, new string[0])]
    // A base image that is set wins over the inferred one: only the set one is judged (aspnet:10.0 is fine).
    [InlineData("net6.0", true, "mcr.microsoft.com/dotnet/aspnet:10.0", null, new string[0])]
    public void TheBaseImageTheSdkInfersIsLintedAtTheTargetFramework(string tfm, bool web, string? baseImage, string? family, string[] expected)
    {
        var props = Write("Directory.Build.props", $"<Project>\n  <PropertyGroup>\n    <TargetFramework>{tfm}</TargetFramework>\n  </PropertyGroup>\n</Project>\n");
        var project = Write("src/app/app.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n</Project>\n");
        var properties = new Dictionary<string, string> { ["TargetFramework"] = tfm, ["EnableSdkContainerSupport"] = "true" };
        if (web) properties["UsingMicrosoftNETSdkWeb"] = "true";
        if (baseImage is not null) properties["ContainerBaseImage"] = baseImage;
        if (family is not null) properties["ContainerFamily"] = family;
        var layout = SdkContainerLayout.Build(new SdkContainerProject { ProjectPath = project, Properties = properties, FilesBeforeProject = [props] }, File.ReadAllText);

        var findings = Lint(layout, new DateOnly(2026, 1, 1)).Where(f => f.RuleId is "CL4004" or "CL4006").ToList();
        Assert.All(findings, f => Assert.Equal(props, f.File));
        Assert.Equal(expected, findings.Select(f => $"{f.RuleId}{f.Span} {f.Message.Split('\'')[1]}").ToArray());
    }

    [Fact]
    public void ImportsOutsideTheRepositoryAreNotFollowed()
    {
        Assert.Null(SdkContainerLayout.ResolveImport("$(MSBuildExtensionsPath)/x.props", Path.Combine(_root, "a.props"), Path.Combine(_root, "a.csproj")));
        var chained = Write("build/inner.props", "<Project />");
        Assert.Equal(chained, SdkContainerLayout.ResolveImport("$(MSBuildThisFileDirectory)build/inner.props", Path.Combine(_root, "a.props"), Path.Combine(_root, "a.csproj")));
    }

    private static IReadOnlyList<Finding> Lint(SdkContainerLayout layout, DateOnly? today = null)
    {
        var engine = new LintEngine(RuleCatalog.Default, [SdkContainerFrontEnd.ForProject(layout)]);
        var configuration = LintConfiguration.Default with { EolReferenceDate = today };
        var runner = new LintRunner(engine, _ => configuration);
        return runner.Run(layout.Files.Select(f => new LintTarget(f, f, FileKind.MSBuild, true)).ToArray()).SelectMany(r => r.Findings).ToArray();
    }
}
