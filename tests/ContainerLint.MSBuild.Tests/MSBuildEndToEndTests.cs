namespace ContainerLint.MSBuild.Tests;

using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

/// <summary>
/// Real `dotnet build` runs of fresh projects that reference the packed ContainerLint.MSBuild
/// (no MSBuild mocks). Builds are slow, so each test drives one project through several builds.
/// Findings come from the Dockerfile rules (CL1xxx), the SDK container properties (CL4xxx) and the
/// CL0xxx input diagnostics.
/// </summary>
public sealed partial class MSBuildEndToEndTests : IClassFixture<PackedFeed>
{
    /// <summary>A mutable base image, no USER, and a download piped into a shell.</summary>
    public const string InsecureDockerfile = "FROM nginx:latest\nRUN curl -fsSL https://example.com/install.sh | sh\nCOPY site /usr/share/nginx/html\n";

    private readonly PackedFeed _feed;

    public MSBuildEndToEndTests(PackedFeed feed) => _feed = feed;

    private string Csproj(string body, string properties = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
        {properties}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="ContainerLint.MSBuild" Version="{_feed.PackageVersion}" PrivateAssets="all" />
          </ItemGroup>
        {body}
        </Project>
        """;

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private const string Program = "Console.WriteLine(\"hello\");\n";

    [Fact]
    public void ErrorFindingsFailTheBuildAtTheirLinesAndAreReplayedOnANoOpBuild()
    {
        var csproj = Csproj(
            properties: "    <ContainerUser>root</ContainerUser>",
            body: """
              <ItemGroup>
                <ContainerEnvironmentVariable Include="DB_PASSWORD" Value="hunter2hunter2" />
              </ItemGroup>
            """);
        var dir = _feed.CreateProject("insecure", new Dictionary<string, byte[]>
        {
            ["insecure.csproj"] = Utf8(csproj),
            ["Program.cs"] = Utf8(Program),
            // Binary content under a Dockerfile name is an input diagnostic (CL0009, error) at 1,1.
            ["Dockerfile"] = [.. Encoding.ASCII.GetBytes("FROM nginx:latest\n"), 0, 1, 2, 3],
        });
        var project = Path.Combine(dir, "insecure.csproj");
        var user = SpanOf(csproj, "<ContainerUser>root</ContainerUser>");
        var env = SpanOf(csproj, "<ContainerEnvironmentVariable Include=\"DB_PASSWORD\" Value=\"hunter2hunter2\" />");

        var first = _feed.Build(dir);
        Assert.NotEqual(0, first.ExitCode);
        AssertLine(first, $"{Path.Combine(dir, "Dockerfile")}(1,1,1,1): error CL0009: ");
        AssertLine(first, $"{project}{user}: warning CL4005: ContainerUser 'root' runs the container as root");
        AssertLine(first, $"{project}{env}: error CL4007: ContainerEnvironmentVariable 'DB_PASSWORD' holds a secret");
        Assert.DoesNotContain("hunter2hunter2", first.Output);
        // Failing before CoreCompile: nothing was compiled.
        Assert.False(File.Exists(Path.Combine(dir, "bin", "Debug", "net10.0", "insecure.dll")), first.ToString());

        var second = _feed.Build(dir, "-v:d");
        Assert.NotEqual(0, second.ExitCode);
        Assert.Contains("Skipping target \"_ContainerLintRun\" because all output files are up-to-date", second.Output);
        Assert.Contains("replaying 3 cached finding(s)", second.Output);
        AssertLine(second, $"{Path.Combine(dir, "Dockerfile")}(1,1,1,1): error CL0009: ");
        AssertLine(second, $"{project}{env}: error CL4007: ");
        AssertLine(second, $"{project}{user}: warning CL4005: ");

        // IDE design-time builds never lint.
        var designTime = _feed.Build(dir, "-t:ContainerLint", "-p:DesignTimeBuild=true", "-v:d");
        Assert.Equal(0, designTime.ExitCode);
        Assert.DoesNotMatch(new Regex(@"(error|warning) CL\d{4}"), designTime.Output);
        Assert.DoesNotContain("Target \"_ContainerLintWriteInputList\"", designTime.Output);
        Assert.DoesNotContain("ContainerLintReplayTask", designTime.Output);

        // ContainerLintEnabled=false switches everything off.
        var disabled = _feed.Build(dir, "-t:ContainerLint", "-p:ContainerLintEnabled=false");
        Assert.Equal(0, disabled.ExitCode);
        Assert.DoesNotMatch(new Regex(@"CL\d{4}"), disabled.Output);
    }

    [Fact]
    public void AnInsecureDockerfileFailsTheBuildWithCanonicalLinesAtTheOffendingWords()
    {
        var dir = _feed.CreateProject("dockerfile", new Dictionary<string, byte[]>
        {
            ["dockerfile.csproj"] = Utf8(Csproj(body: "", properties: "    <EnableSdkContainerSupport>false</EnableSdkContainerSupport>")),
            ["Program.cs"] = Utf8(Program),
            ["Dockerfile"] = Utf8(InsecureDockerfile),
        });
        var dockerfile = Path.Combine(dir, "Dockerfile");

        var build = _feed.Build(dir);
        Assert.NotEqual(0, build.ExitCode);
        // 'sh' on line 2 (columns 49-50) runs what curl downloaded: an error, so the build fails.
        AssertLine(build, $"{dockerfile}(2,49,2,51): error CL1034: ");
        // The base image reference on line 1: mutable tag, and no USER in the final stage.
        AssertLine(build, $"{dockerfile}(1,6,1,18): warning CL1020: ");
        AssertLine(build, $"{dockerfile}(1,6,1,18): warning CL1010: ");
    }

    [Fact]
    public void ASecureProjectBuildsGreen()
    {
        var csproj = Csproj(
            properties: """
                <ContainerBaseImage>mcr.microsoft.com/dotnet/runtime:10.0</ContainerBaseImage>
                <ContainerImageTags>1.2.3</ContainerImageTags>
            """,
            body: """
              <ItemGroup>
                <ContainerPort Include="8080" Type="tcp" />
                <ContainerEnvironmentVariable Include="DOTNET_gcServer" Value="0" />
              </ItemGroup>
            """);
        var dir = _feed.CreateProject("secure", new Dictionary<string, byte[]>
        {
            ["secure.csproj"] = Utf8(csproj),
            ["Program.cs"] = Utf8(Program),
            ["Dockerfile"] = Utf8("FROM mcr.microsoft.com/dotnet/runtime:10.0\nUSER app\n"),
            // YAML that is not a Kubernetes object is skipped silently.
            ["ci/workflow.yml"] = Utf8("on: push\njobs: {}\n"),
        });

        var build = _feed.Build(dir);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotMatch(new Regex(@"(error|warning) CL\d{4}"), build.Output);
        Assert.True(File.Exists(Path.Combine(dir, "bin", "Debug", "net10.0", "secure.dll")), build.ToString());
    }

    [Fact]
    public void TheDotNetWarningSwitchesApplyToContainerLintCodes()
    {
        // CL4005 comes from Directory.Build.props (an import), CL4009 from the project file.
        const string props = """
            <Project>
              <PropertyGroup>
                <ContainerUser>0</ContainerUser>
              </PropertyGroup>
            </Project>
            """;
        var csproj = Csproj(body: """
              <ItemGroup>
                <ContainerPort Include="22" Type="tcp" />
              </ItemGroup>
            """);
        var dir = _feed.CreateProject("switches", new Dictionary<string, byte[]>
        {
            ["switches.csproj"] = Utf8(csproj),
            ["Program.cs"] = Utf8(Program),
            ["Directory.Build.props"] = Utf8(props),
        });
        var project = Path.Combine(dir, "switches.csproj");
        var propsPath = Path.Combine(dir, "Directory.Build.props");
        var user = SpanOf(props, "<ContainerUser>0</ContainerUser>");
        var port = SpanOf(csproj, "<ContainerPort Include=\"22\" Type=\"tcp\" />");

        var plain = _feed.Build(dir, "-t:ContainerLint");
        Assert.True(plain.ExitCode == 0, plain.ToString());
        AssertLine(plain, $"{propsPath}{user}: warning CL4005: ");
        AssertLine(plain, $"{project}{port}: warning CL4009: ");

        var treatAsErrors = _feed.Build(dir, "-t:ContainerLint", "-p:TreatWarningsAsErrors=true");
        Assert.NotEqual(0, treatAsErrors.ExitCode);
        AssertLine(treatAsErrors, $"{propsPath}{user}: error CL4005: ");
        AssertLine(treatAsErrors, $"{project}{port}: error CL4009: ");

        var notAsErrors = _feed.Build(dir, "-t:ContainerLint", "-p:TreatWarningsAsErrors=true", "-p:WarningsNotAsErrors=CL4009");
        Assert.NotEqual(0, notAsErrors.ExitCode);
        AssertLine(notAsErrors, $"{propsPath}{user}: error CL4005: ");
        AssertLine(notAsErrors, $"{project}{port}: warning CL4009: ");

        var listed = _feed.Build(dir, "-t:ContainerLint", "-p:WarningsAsErrors=CL4005", "-p:NoWarn=CL4009");
        Assert.NotEqual(0, listed.ExitCode);
        AssertLine(listed, $"{propsPath}{user}: error CL4005: ");
        Assert.DoesNotContain("warning CL4009", listed.Output);
        Assert.DoesNotContain("error CL4009", listed.Output);
    }

    private const string PrivilegedPod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n";

    [Fact]
    public void SarifMatchesTheCliAndConfigurationComesFromTheSharedLoader()
    {
        // .containerlint.yaml: CL2102 silenced, CL2014 lowered to note (the MSBuild property raises it back: properties win),
        // ignored/ not linted at all, nor the project file (the CLI's walk finds it; the task lints it only for container projects).
        const string config = "severity:\n  CL2102: none\n  CL2014: note\nignorePaths:\n  - ignored\n  - sarif.csproj\n";
        var dir = _feed.CreateProject("sarif", new Dictionary<string, byte[]>
        {
            ["sarif.csproj"] = Utf8(Csproj(body: "", properties: """
                    <!-- No SDK container publishing: the task does not lint the project file, which the configuration hides from the CLI too. -->
                    <EnableSdkContainerSupport>false</EnableSdkContainerSupport>
                    <ContainerLintSarifOutput>out/containerlint.sarif</ContainerLintSarifOutput>
                    <ContainerLintSeverityOverrides>CL2014=error</ContainerLintSeverityOverrides>
                """)),
            ["Program.cs"] = Utf8(Program),
            [".containerlint.yaml"] = Utf8(config),
            ["deploy/pod.yaml"] = Utf8(PrivilegedPod),
            ["ignored/pod.yaml"] = Utf8(PrivilegedPod),
        });
        var pod = Path.Combine(dir, "deploy", "pod.yaml");

        var build = _feed.Build(dir, "-t:ContainerLint");
        Assert.NotEqual(0, build.ExitCode);
        AssertLine(build, $"{pod}(10,21,10,25): error CL2001: Container 'web' is privileged");
        AssertLine(build, $"{pod}(9,7,9,22): error CL2014: ");
        Assert.DoesNotContain("CL2102", build.Output);
        Assert.DoesNotContain("ignored", build.Output);

        // The SARIF file: valid JSON, SARIF 2.1.0, the expected result at the expected place.
        var sarifPath = Path.Combine(dir, "out", "containerlint.sarif");
        Assert.True(File.Exists(sarifPath), build.ToString());
        var sarifText = File.ReadAllText(sarifPath);
        using (var sarif = JsonDocument.Parse(sarifText))
        {
            Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
            var run = sarif.RootElement.GetProperty("runs")[0];
            Assert.Equal("ContainerLint", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
            var results = run.GetProperty("results").EnumerateArray().ToList();
            var privileged = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "CL2001");
            Assert.Equal("error", privileged.GetProperty("level").GetString());
            var location = privileged.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal("deploy/pod.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
            Assert.Equal(10, location.GetProperty("region").GetProperty("startLine").GetInt32());
            Assert.Equal(21, location.GetProperty("region").GetProperty("startColumn").GetInt32());
            Assert.Equal("error", Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "CL2014").GetProperty("level").GetString());
            Assert.DoesNotContain(results, r => r.GetProperty("ruleId").GetString() == "CL2102");
        }

        Assert.Empty(Directory.EnumerateFiles(Path.Combine(dir, "out"), "*.tmp"));

        // The CLI on the same folder, with the same configuration, writes the same bytes.
        var cli = _feed.Run(dir, _feed.CliAssembly, "--format", "sarif", "--severity", "CL2014=error", "-o", Path.Combine(_feed.Root, "cli.sarif"), ".");
        Assert.True(cli.ExitCode == 1, cli.ToString());
        var cliSarif = File.ReadAllText(Path.Combine(_feed.Root, "cli.sarif"));
        Assert.Equal(ArtifactUris(cliSarif), ArtifactUris(sarifText));
        Assert.Equal(cliSarif, sarifText);

        // A bad configuration file: one MSBuild error at its file and line, and the build fails.
        var configPath = Path.Combine(dir, ".containerlint.yaml");
        File.WriteAllText(configPath, "severity:\n  CL2102: none\npolicy: strictest\n");
        var bad = _feed.Build(dir, "-t:ContainerLint");
        Assert.NotEqual(0, bad.ExitCode);
        AssertLine(bad, $"{configPath}(3,9): error CL0002: Invalid ContainerLint configuration: unknown policy 'strictest'");
        Assert.Contains("1 Error(s)", bad.Output);

        // A YAML syntax error is the same kind of error, at its position, not MSB4018 and a stack trace (issue #14).
        File.WriteAllText(configPath, "disable: [CL1020\npolicy: all\n");
        var syntax = _feed.Build(dir, "-t:ContainerLint");
        Assert.NotEqual(0, syntax.ExitCode);
        AssertLine(syntax, $"{configPath}(2,1): error CL0002: Invalid ContainerLint configuration: invalid YAML: the flow sequence '[' opened at line 1, column 10 is not closed");
        Assert.DoesNotContain("MSB4018", syntax.Output, StringComparison.Ordinal);

        // ContainerLintConfig names the file for every input instead of discovery.
        File.WriteAllText(Path.Combine(dir, "strict.yaml"), "disable: [CL2001]\n");
        var named = _feed.Build(dir, "-t:ContainerLint", "-p:ContainerLintConfig=strict.yaml", "-p:ContainerLintSeverityOverrides=");
        Assert.True(named.ExitCode == 0, named.ToString());
        Assert.DoesNotContain("CL2001", named.Output);
        AssertLine(named, $"{pod}(7,13,7,16): warning CL2102: ");

        // The SARIF output is never written through a symbolic link.
        var victim = Path.Combine(_feed.Root, "victim.txt");
        File.WriteAllText(victim, "keep");
        File.Delete(sarifPath);
        File.CreateSymbolicLink(sarifPath, victim);
        var linked = _feed.Build(dir, "-t:ContainerLint", "-p:ContainerLintConfig=strict.yaml", "-p:ContainerLintSeverityOverrides=CL2102=note");
        Assert.NotEqual(0, linked.ExitCode);
        Assert.Contains("refusing to write through a symbolic link", linked.Output);
        Assert.Equal("keep", File.ReadAllText(victim));
    }

    private static string[] ArtifactUris(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        return document.RootElement.GetProperty("runs")[0].GetProperty("artifacts").EnumerateArray()
            .Select(a => a.GetProperty("location").GetProperty("uri").GetString() ?? "").ToArray();
    }

    /// <summary>The canonical "(line,col,endLine,endCol)" of the first occurrence of <paramref name="snippet"/>.</summary>
    private static string SpanOf(string text, string snippet)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var offset = normalized.IndexOf(snippet, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"'{snippet}' not in the test input");
        var line = normalized[..offset].Count(c => c == '\n') + 1;
        var column = offset - (normalized.LastIndexOf('\n', Math.Max(offset - 1, 0)) + 1) + 1;
        if (offset == 0) column = 1;
        var endOffset = offset + snippet.Length;
        var endLine = normalized[..endOffset].Count(c => c == '\n') + 1;
        var endColumn = endOffset - (normalized.LastIndexOf('\n', endOffset - 1) + 1) + 1;
        return $"({line},{column},{endLine},{endColumn})";
    }

    private static void AssertLine(BuildResult result, string expectedStart)
    {
        var lines = result.Output.Split('\n').Select(l => l.Trim());
        Assert.True(lines.Any(l => l.StartsWith(expectedStart, StringComparison.Ordinal) || l.Contains("> " + expectedStart, StringComparison.Ordinal)),
            $"expected a line starting with:\n{expectedStart}\nin:\n{result}");
    }
}
