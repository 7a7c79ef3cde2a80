namespace ContainerLint.Cli.Tests;

using Newtonsoft.Json.Linq;

/// <summary>
/// Issue #14, "the CLI lints what it is given", with the real engine: a file named on the command line is linted by
/// its name, its content or <c>--kind</c>, or the run exits 2 saying why; project files run the CL4xxx rules; a
/// manifest passed alone (as pre-commit passes staged files) is still joined with its Dockerfile by CL5xxx.
/// </summary>
public sealed class GivenFilesTests
{
    private static CliResult Run(string workingDirectory, params string[] args) => Cli.RunReal(workingDirectory, args);

    private static JObject Json(CliResult result) => JObject.Parse(result.Stdout);

    private static string[] RuleIds(CliResult result) => Json(result)["findings"]!.Select(f => (string)f["ruleId"]!).ToArray();

    private static string[] Files(CliResult result) => Json(result)["files"]!.Select(f => (string)f["path"]! + ":" + (string)f["kind"]!).ToArray();

    private const string Csproj = """
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <ContainerBaseImage>mcr.microsoft.com/dotnet/aspnet:latest</ContainerBaseImage>
            <ContainerUser>root</ContainerUser>
          </PropertyGroup>
        </Project>
        """;

    // A long list of named files (a pre-commit hook's) is looked up on every core before it is walked in order: what the
    // walk reports must not depend on which lookup finished first.
    [Fact]
    public void ALongListOfNamedFilesReportsTheFirstBadConfigurationAndProblemsInOrder()
    {
        using var dir = new TempDir();
        var names = new List<string>();
        for (var i = 0; i < 80; i++)
        {
            dir.Write($"d{i:D2}/Dockerfile", "FROM alpine:3.20\nUSER 10001\n");
            names.Add($"d{i:D2}/Dockerfile");
        }

        names.Insert(10, "missing/Dockerfile");
        var good = Run(dir.Path, [.. names, "--format", "json"]);
        Assert.Equal(2, good.ExitCode);
        Assert.Contains("missing/Dockerfile: no such file or directory", good.Stderr, StringComparison.Ordinal);
        Assert.Equal(80, Files(good).Length);

        dir.Write("d40/.containerlint.yaml", "polcy: all\n");
        dir.Write("d60/.containerlint.yaml", "enable: [CL9999]\n");
        for (var run = 0; run < 3; run++)
        {
            var bad = Run(dir.Path, [.. names, "--format", "json"]);
            Assert.Equal(2, bad.ExitCode);
            Assert.Contains("d40/.containerlint.yaml", bad.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("d60/.containerlint.yaml", bad.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AFileOfUnknownKindExitsTwoAndSaysWhy()
    {
        using var dir = new TempDir();
        dir.Write("myimage.txt", "hello world\n");
        var result = Run(dir.Path, "myimage.txt", "--format", "json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("myimage.txt: not linted: neither its name nor its content says what it is", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("--kind dockerfile|kubernetes|compose|msbuild", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Files(result));
    }

    [Theory]
    [InlineData("myimage.txt", "# build me\nFROM alpine:3.20\nUSER root\n", "dockerfile", "CL1011")]
    [InlineData("image.build", "ARG V=3.20\nFROM alpine:${V}\nUSER root\n", "dockerfile", "CL1011")]
    [InlineData("container.xml", "<?xml version=\"1.0\"?>\n<!-- c -->\n<Project>\n  <PropertyGroup>\n    <ContainerUser>root</ContainerUser>\n  </PropertyGroup>\n</Project>\n", "msbuild", "CL4005")]
    public void AFileWithAnUnknownNameIsLintedByItsContent(string name, string content, string kind, string ruleId)
    {
        using var dir = new TempDir();
        dir.Write(name, content);
        var result = Run(dir.Path, name, "--format", "json");
        Assert.Equal([$"{name}:{kind}"], Files(result));
        Assert.Contains(ruleId, RuleIds(result));
    }

    [Fact]
    public void KindForcesHowNamedFilesAreRead()
    {
        using var dir = new TempDir();
        dir.Write("myimage.txt", "RUNN make\n");
        dir.Write("pod.txt", "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n    - {name: web, image: nginx, securityContext: {privileged: true}}\n");
        var docker = Run(dir.Path, "myimage.txt", "--kind", "dockerfile", "--format", "json");
        Assert.Equal(1, docker.ExitCode);
        Assert.Equal(["CL0003", "CL0015"], RuleIds(docker));
        var pod = Run(dir.Path, "pod.txt", "--kind", "kubernetes", "--format", "json");
        Assert.Equal(["pod.txt:kubernetes"], Files(pod));
        Assert.Contains("CL2001", RuleIds(pod));
        var bad = Run(dir.Path, "myimage.txt", "--kind", "helm");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("helm", bad.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ANamedYamlFileThatIsNotOursIsSkippedWithANoteNotSilently()
    {
        using var dir = new TempDir();
        dir.Write(".github/workflows/ci.yml", "name: ci\non: push\njobs: {}\n");
        var result = Run(dir.Path, ".github/workflows/ci.yml", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(".github/workflows/ci.yml: skipped: neither a Kubernetes object", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Files(result));
    }

    [Fact]
    public void AnUnknownInstructionFailsTheRun()
    {
        using var dir = new TempDir();
        dir.Write("Dockerfile", "FROM alpine:3.20\nRUNN make\n");
        var result = Run(dir.Path, "Dockerfile", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("CL0003", RuleIds(result));
    }

    [Theory]
    [InlineData("app/app.csproj")]
    [InlineData("app/Container.props")]
    public void ProjectAndPropsFilesRunTheSdkContainerRules(string name)
    {
        using var dir = new TempDir();
        dir.Write(name, Csproj);
        var result = Run(dir.Path, name, "--format", "json");
        Assert.Equal([$"{name}:msbuild"], Files(result));
        Assert.Contains("CL4001", RuleIds(result));
        Assert.Contains("CL4005", RuleIds(result));
    }

    [Fact]
    public void ADirectoryWalkFindsProjectFiles()
    {
        using var dir = new TempDir();
        dir.Write("src/App/App.csproj", Csproj);
        dir.Write("src/Lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n");
        var result = Run(dir.Path, ".", "--format", "json");
        Assert.Equal(["src/App/App.csproj:msbuild", "src/Lib/Lib.csproj:msbuild"], Files(result));
        Assert.Contains("CL4001", RuleIds(result));
    }

    [Fact]
    public void AContainerUserSetInDirectoryBuildPropsCountsForTheProject()
    {
        // CL4006: with a non-Microsoft base image and no ContainerUser the image runs as root; Directory.Build.props sets one.
        const string project = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><ContainerBaseImage>docker.io/library/debian:12.7</ContainerBaseImage></PropertyGroup></Project>\n";
        using var alone = new TempDir();
        alone.Write("src/App/App.csproj", project);
        Assert.Contains("CL4006", RuleIds(Run(alone.Path, "src/App/App.csproj", "--format", "json")));

        using var withProps = new TempDir();
        withProps.Write("src/App/App.csproj", project);
        withProps.Write("Directory.Build.props", "<Project><PropertyGroup><ContainerUser>10001</ContainerUser></PropertyGroup></Project>\n");
        Assert.DoesNotContain("CL4006", RuleIds(Run(withProps.Path, "src/App/App.csproj", "--format", "json")));
    }

    [Fact]
    public void TheCliHonoursEditorConfigSeverities()
    {
        using var dir = new TempDir();
        dir.Write("app/Dockerfile", "FROM alpine:3.21\nCOPY app /app\nCMD [\"/app/run\"]\n");
        Assert.Contains("CL1010", RuleIds(Run(dir.Path, "app", "--format", "json")));
        Assert.Equal(0, Run(dir.Path, "app").ExitCode);

        dir.Write(".editorconfig", "root = true\n\n[app/Dockerfile]\ndotnet_diagnostic.CL1010.severity = error\n");
        var raised = Run(dir.Path, "app", "--format", "json");
        Assert.Equal(1, raised.ExitCode);
        Assert.Equal("error", (string)Json(raised)["findings"]!.Single(f => (string)f["ruleId"]! == "CL1010")["severity"]!);

        dir.Write(".editorconfig", "root = true\n\n[Dockerfile]\ndotnet_diagnostic.CL1010.severity = none\n");
        Assert.DoesNotContain("CL1010", RuleIds(Run(dir.Path, "app", "--format", "json")));
        // --severity on the command line wins over the .editorconfig.
        Assert.Contains("CL1010", RuleIds(Run(dir.Path, "app", "--format", "json", "--severity", "CL1010=warning")));
    }

    [Fact]
    public void JsonFindingsCarryTheRulesHelpLinkAndMappings()
    {
        using var dir = new TempDir();
        dir.Write("pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n    - {name: web, image: nginx:1.27, securityContext: {privileged: true}}\n");
        var privileged = (JObject)Json(Run(dir.Path, "pod.yaml", "--format", "json"))["findings"]!.Single(f => (string)f["ruleId"]! == "CL2001");
        var rule = Core.Catalog.RuleCatalog.Default.Get("CL2001");
        Assert.Equal(rule.HelpUri, (string?)privileged["helpUri"]);
        Assert.Equal(rule.Nist80019, privileged["nist80019"]!.Select(v => (string)v!));
        Assert.Equal(rule.CisDocker, privileged["cisDocker"]!.Select(v => (string)v!));
        Assert.Equal(rule.CisKubernetes, privileged["cisKubernetes"]!.Select(v => (string)v!));
        Assert.NotEmpty(rule.CisKubernetes);
        Assert.Equal("baseline", (string?)privileged["pss"]!["level"]);
        Assert.Equal("privileged", (string?)privileged["pss"]!["check"]);
    }

    private static void WriteCrossFileRepository(TempDir dir, bool isRepository)
    {
        if (isRepository) Directory.CreateDirectory(Path.Combine(dir.Path, ".git"));
        dir.Write("app/Dockerfile", "FROM node:22\nCOPY . /app\nCMD [\"node\", \"/app/server.js\"]\n");
        dir.Write("deploy/app.yaml", """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              namespace: shop
              annotations:
                containerlint.io/dockerfile.web: ../app/Dockerfile
            spec:
              securityContext: {runAsNonRoot: true}
              containers:
                - name: web
                  image: registry.example.com/shop/web:1.0
            """);
    }

    [Fact]
    public void AManifestPassedAloneIsJoinedWithItsDockerfileFromTheRepository()
    {
        using var dir = new TempDir();
        WriteCrossFileRepository(dir, isRepository: true);
        var result = Run(dir.Path, "deploy/app.yaml", "--format", "json");
        Assert.Contains("CL5001", RuleIds(result));
        // The Dockerfile only lent its facts: it is neither listed nor reported on.
        Assert.Equal(["deploy/app.yaml:kubernetes"], Files(result));
        Assert.All(Json(result)["findings"]!, f => Assert.Equal("deploy/app.yaml", (string)f["file"]!));
    }

    [Fact]
    public void OutsideARepositoryNoOtherFileIsRead()
    {
        using var dir = new TempDir();
        WriteCrossFileRepository(dir, isRepository: false);
        Assert.DoesNotContain("CL5001", RuleIds(Run(dir.Path, "deploy/app.yaml", "--format", "json")));
    }

    [Fact]
    public void AFileOutsideTheWorkingRepositoryIsNotJoinedWithIt()
    {
        using var dir = new TempDir();
        var repository = Path.Combine(dir.Path, "repo");
        Directory.CreateDirectory(Path.Combine(repository, ".git"));
        dir.Write("repo/app/Dockerfile", "FROM node:22\nCMD [\"node\", \"server.js\"]\n");
        var outside = dir.Write("elsewhere/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations: {containerlint.io/dockerfile.web: ../repo/app/Dockerfile}\n"
            + "spec:\n  securityContext: {runAsNonRoot: true}\n  containers:\n    - {name: web, image: registry.example.com/web:1.0}\n");
        Assert.DoesNotContain("CL5001", RuleIds(Run(repository, outside, "--format", "json")));
    }

    [Fact]
    public void ABadConfigurationElsewhereInTheRepositoryDoesNotStopTheRun()
    {
        using var dir = new TempDir();
        WriteCrossFileRepository(dir, isRepository: true);
        dir.Write("other/.containerlint.yaml", "unknownSetting: 1\n");
        dir.Write("other/Dockerfile", "FROM alpine:3.20\n");
        var result = Run(dir.Path, "deploy/app.yaml", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["deploy/app.yaml:kubernetes"], Files(result));
    }
}
