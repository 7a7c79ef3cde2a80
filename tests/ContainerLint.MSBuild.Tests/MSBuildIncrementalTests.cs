namespace ContainerLint.MSBuild.Tests;

using System.Text.RegularExpressions;

/// <summary>
/// Issue #14: incremental builds never replay stale findings (every file the lint reads is an input of the lint
/// target), `dotnet clean` cleans, and a solution build reports a shared file's findings once. Real builds.
/// </summary>
public sealed partial class MSBuildEndToEndTests
{
    private static bool Reports(BuildResult build, string ruleId) => Regex.IsMatch(build.Output, $@"(error|warning|message) {ruleId}:");

    private static void AssertReports(BuildResult build, string ruleId, bool expected) =>
        Assert.True(Reports(build, ruleId) == expected, $"{(expected ? "expected" : "did not expect")} {ruleId} in:\n{build}");

    /// <summary>The start of an OpenSSH private key: what CL1007 looks for in a build context (never a real key).</summary>
    private const string PrivateKey = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ==\n-----END OPENSSH PRIVATE KEY-----\n";

    [Fact]
    public void ASecretFileAddedToOrRemovedFromTheBuildContextIsSeenByTheNextBuild()
    {
        var dir = _feed.CreateProject("context", new Dictionary<string, byte[]>
        {
            ["context.csproj"] = Utf8(Csproj(body: "")),
            ["Program.cs"] = Utf8(Program),
            ["Dockerfile"] = Utf8("FROM alpine:3.22\nCOPY . /app\nUSER 10001\n"),
        });
        BuildResult Lint() => _feed.Build(dir, "-t:ContainerLint", "-v:d");

        AssertReports(Lint(), "CL1007", false);
        var unchanged = Lint();
        Assert.Contains("Skipping target \"_ContainerLintRun\" because all output files are up-to-date", unchanged.Output);

        // Only the context changed: no linted file, configuration or .dockerignore did.
        Directory.CreateDirectory(Path.Combine(dir, "deploy"));
        File.WriteAllText(Path.Combine(dir, "deploy", "id_rsa"), PrivateKey);
        AssertReports(Lint(), "CL1007", true);
        var stillThere = Lint();
        Assert.Contains("Skipping target \"_ContainerLintRun\" because all output files are up-to-date", stillThere.Output);
        AssertReports(stillThere, "CL1007", true);

        // The fix the finding asks for: the key leaves the context, and the next build says nothing of it.
        File.Delete(Path.Combine(dir, "deploy", "id_rsa"));
        AssertReports(Lint(), "CL1007", false);
    }

    [Fact]
    public void EveryFileTheLintReadsIsAnInputSoAnEditIsNeverAnsweredWithStaleFindings()
    {
        var dir = _feed.CreateProject("inputs", new Dictionary<string, byte[]>
        {
            ["inputs.csproj"] = Utf8(Csproj(body: "")),
            ["Program.cs"] = Utf8(Program),
            // COPY of the whole context, which holds a private key, without .dockerignore (CL1007), :latest (CL1020), no USER (CL1010).
            ["Dockerfile"] = Utf8("FROM nginx:latest\nCOPY . /app\n"),
            ["id_rsa"] = Utf8(PrivateKey),
            // A container property set in an imported props file, not in the project (CL4005).
            ["Directory.Build.props"] = Utf8("<Project>\n  <PropertyGroup>\n    <ContainerUser>root</ContainerUser>\n  </PropertyGroup>\n</Project>\n"),
        });
        BuildResult Lint() => _feed.Build(dir, "-t:ContainerLint", "-v:d");

        var first = Lint();
        foreach (var id in new[] { "CL1007", "CL1020", "CL1010", "CL4005" }) AssertReports(first, id, true);

        File.WriteAllText(Path.Combine(dir, ".dockerignore"), ".git\n.env*\n*.pem\n*.key\nid_rsa*\n");
        var dockerIgnore = Lint();
        AssertReports(dockerIgnore, "CL1007", false);
        AssertReports(dockerIgnore, "CL1020", true);

        File.WriteAllText(Path.Combine(dir, ".containerlint.yaml"), "disable: [CL1020]\n");
        var config = Lint();
        AssertReports(config, "CL1020", false);
        AssertReports(config, "CL1010", true);

        File.WriteAllText(Path.Combine(dir, ".editorconfig"), "root = true\n\n[Dockerfile]\ndotnet_diagnostic.CL1010.severity = none\n");
        var editorConfig = Lint();
        AssertReports(editorConfig, "CL1010", false);
        AssertReports(editorConfig, "CL4005", true);

        File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project>\n  <PropertyGroup>\n    <ContainerUser>10001</ContainerUser>\n  </PropertyGroup>\n</Project>\n");
        var props = Lint();
        AssertReports(props, "CL4005", false);

        // Nothing changed: the lint is skipped and what the last lint found is replayed, stale findings included in nothing.
        var noOp = Lint();
        Assert.Contains("Skipping target \"_ContainerLintRun\" because all output files are up-to-date", noOp.Output);
        foreach (var id in new[] { "CL1007", "CL1020", "CL1010", "CL4005" }) AssertReports(noOp, id, false);

        // Deleting a configuration file counts as much as adding one.
        File.Delete(Path.Combine(dir, ".containerlint.yaml"));
        AssertReports(Lint(), "CL1020", true);
    }

    [Fact]
    public void CleanRemovesWhatTheLintWroteAndARebuildLintsAgain()
    {
        var dir = _feed.CreateProject("clean", new Dictionary<string, byte[]>
        {
            ["clean.csproj"] = Utf8(Csproj(body: "", properties: """
                    <EnableSdkContainerSupport>false</EnableSdkContainerSupport>
                    <ContainerLintSarifOutput>containerlint.sarif</ContainerLintSarifOutput>
                """)),
            ["Program.cs"] = Utf8(Program),
            ["Dockerfile"] = Utf8("FROM alpine:3.21\nCOPY . /app\nUSER 10001\n"),
            ["id_rsa"] = Utf8(PrivateKey),
        });
        var lintFolder = Path.Combine(dir, "obj", "containerlint");
        var sarif = Path.Combine(dir, "containerlint.sarif");

        var build = _feed.Build(dir);
        AssertReports(build, "CL1007", true);
        Assert.True(File.Exists(sarif), build.ToString());
        Assert.NotEmpty(Directory.EnumerateFiles(lintFolder));

        var clean = _feed.Run(dir, "clean", "-nodeReuse:false", "-tl:off");
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.Empty(Directory.Exists(lintFolder) ? Directory.EnumerateFiles(lintFolder) : []);
        Assert.False(File.Exists(sarif), "dotnet clean left the SARIF file");

        // The issue's sequence: fix the finding, then a rebuild must lint again, not replay the old cache.
        File.WriteAllText(Path.Combine(dir, ".dockerignore"), ".git\n.env*\n*.pem\n*.key\nid_rsa*\n");
        var rebuild = _feed.Build(dir, "--no-incremental", "-v:d");
        Assert.Contains("Building target \"_ContainerLintRun\" completely", rebuild.Output);
        AssertReports(rebuild, "CL1007", false);
        Assert.True(File.Exists(sarif), rebuild.ToString());
    }

    [Fact]
    public void ASolutionBuildReportsTheFindingsOfASharedDockerfileOnce()
    {
        var dir = _feed.CreateProject("solution", new Dictionary<string, byte[]>
        {
            ["docker/Dockerfile"] = Utf8(InsecureDockerfile),
            ["Api/Api.csproj"] = Utf8(Csproj(body: "  <ItemGroup>\n    <ContainerLintFile Include=\"../docker/Dockerfile\" />\n  </ItemGroup>\n", properties: "    <EnableSdkContainerSupport>false</EnableSdkContainerSupport>")),
            ["Api/Program.cs"] = Utf8(Program),
            ["Worker/Worker.csproj"] = Utf8(Csproj(body: "  <ItemGroup>\n    <ContainerLintFile Include=\"../docker/Dockerfile\" />\n  </ItemGroup>\n", properties: "    <EnableSdkContainerSupport>false</EnableSdkContainerSupport>")),
            ["Worker/Program.cs"] = Utf8(Program),
        });
        Assert.Equal(0, _feed.Run(dir, "new", "sln", "-n", "Shop", "--format", "sln").ExitCode);
        Assert.Equal(0, _feed.Run(dir, "sln", "Shop.sln", "add", "Api/Api.csproj", "Worker/Worker.csproj").ExitCode);

        var solution = _feed.Build(dir, "Shop.sln", "-m");
        Assert.NotEqual(0, solution.ExitCode);
        // The console logger repeats errors in its summary; each names the project that reported it.
        var reporters = Regex.Matches(solution.Output, @"error CL1034: .*\[(?<project>[^\]]+)\]").Select(m => Path.GetFileName(m.Groups["project"].Value)).Distinct().ToArray();
        Assert.True(reporters.SequenceEqual(["Api.csproj"]), $"CL1034 reported by {string.Join(", ", reporters)}:\n{solution}");

        // Built on its own, the other project reports the file itself.
        var worker = _feed.Build(Path.Combine(dir, "Worker"));
        Assert.Matches(@"error CL1034: .*Worker\.csproj", worker.Output);
    }
}
