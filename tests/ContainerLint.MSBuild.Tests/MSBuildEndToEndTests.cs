namespace ContainerLint.MSBuild.Tests;

using System.Text;
using System.Text.RegularExpressions;

/// <summary>
/// Real `dotnet build` runs of fresh projects that reference the packed ContainerLint.MSBuild
/// (no MSBuild mocks). Builds are slow, so each test drives one project through several builds.
/// Findings come from the CL4xxx rules (SDK container properties) and the CL0xxx input
/// diagnostics; once the Dockerfile rules are merged, <see cref="InsecureDockerfile"/> adds CL1xxx
/// assertions with no change to the harness.
/// </summary>
public sealed class MSBuildEndToEndTests : IClassFixture<PackedFeed>
{
    /// <summary>For the lead once CL1xxx lands: `FROM nginx:latest` without USER must give CL1xxx warnings.</summary>
    public const string InsecureDockerfile = "FROM nginx:latest\nRUN echo hi\n";

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
