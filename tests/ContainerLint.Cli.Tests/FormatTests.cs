namespace ContainerLint.Cli.Tests;

using System.Xml.Linq;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Schema;

public sealed class FormatTests
{
    private const string Dockerfile = "FROM alpine\nRUN BAD thing\n\tRUN WARN\n# containerlint ignore=CL1992 -- fine here\nRUN NOTE\nRUN NOTE\n";

    private static TempDir Project()
    {
        var dir = new TempDir();
        dir.Write("app/Dockerfile", Dockerfile);
        dir.Write("deploy/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: BAD\n");
        dir.Write("ci/workflow.yaml", "on: push\njobs: {}\n");
        return dir;
    }

    [Fact]
    public void JsonMatchesTheDesignAndIsByteIdenticalAcrossRuns()
    {
        using var dir = Project();
        var first = Cli.Run(dir.Path, "--format", "json", ".");
        var second = Cli.Run(dir.Path, "--format", "json", ".");
        Assert.Equal(1, first.ExitCode);
        Assert.Equal(first.Stdout, second.Stdout);

        var json = JObject.Parse(first.Stdout);
        Assert.Equal(["schemaVersion", "tool", "files", "findings"], json.Properties().Select(p => p.Name));
        Assert.Equal(1, (int)json["schemaVersion"]!);
        Assert.Equal("containerlint", (string?)json["tool"]!["name"]);
        // The CI workflow is not a Kubernetes object: skipped silently, not listed.
        Assert.Equal(["app/Dockerfile:dockerfile", "deploy/pod.yaml:kubernetes"], json["files"]!.Select(f => $"{f["path"]}:{f["kind"]}"));

        var findings = (JArray)json["findings"]!;
        Assert.Equal(
            ["app/Dockerfile:2:5:CL1990", "app/Dockerfile:3:6:CL1991", "app/Dockerfile:6:5:CL1992", "deploy/pod.yaml:4:9:CL1990"],
            findings.Select(f => $"{f["file"]}:{f["line"]}:{f["column"]}:{f["ruleId"]}"));
        var first0 = (JObject)findings[0];
        Assert.Equal(
            ["ruleId", "severity", "message", "file", "line", "column", "endLine", "endColumn", "suppressed"],
            first0.Properties().Select(p => p.Name));
        Assert.Equal("The line holds BAD; remove it.", (string?)first0["message"]);
        Assert.Equal(8, (int)first0["endColumn"]!);
        var k8s = (JObject)findings[3];
        Assert.Equal("Pod/default/web", (string?)k8s["object"]);
        Assert.Equal("app", (string?)k8s["container"]);
    }

    [Fact]
    public void JsonValidatesAgainstThePublishedSchema()
    {
        var schemaPath = Path.Combine(Cli.RepoRoot(), "docs", "containerlint-output.schema.json");
        var schema = JSchema.Parse(File.ReadAllText(schemaPath));
        using var dir = Project();
        foreach (var extra in new[] { "--include-suppressed", "--no-color" })
        {
            var output = JToken.Parse(Cli.Run(dir.Path, "--format", "json", extra, ".").Stdout);
            Assert.True(output.IsValid(schema, out IList<string> errors), string.Join("\n", errors));
        }

        // The schema is not vacuous: a wrong document fails it.
        var bad = JObject.Parse("""{"schemaVersion":1,"tool":{"name":"containerlint","version":"1.0.0"},"files":[],"findings":[{"ruleId":"X1","severity":"fatal"}]}""");
        Assert.False(bad.IsValid(schema));
    }

    [Fact]
    public void TextGroupsByFileShowsTheLineWithACaretAndASummary()
    {
        using var dir = Project();
        var result = Cli.Run(dir.Path, ".");
        var text = result.Stdout;
        Assert.DoesNotContain("\u001b[", text);
        Assert.Contains("app/Dockerfile\n  2:5  error  CL1990  The line holds BAD; remove it.\n    2 | RUN BAD thing\n      |     ^~~\n", text);
        // Tabs before the span are kept so the caret lines up.
        Assert.Contains("    3 | \tRUN WARN\n      | \t    ^~~~\n", text);
        Assert.Contains("deploy/pod.yaml\n", text);
        Assert.Matches(@"\n2 files linted, 4 findings \(2 errors, 1 warning, 1 note\), 1 suppressed in \d+\.\d\ds\n$", text);
    }

    [Theory]
    [InlineData(true, null, new string[0], true)]
    [InlineData(false, null, new string[0], false)]
    [InlineData(true, "1", new string[0], false)]
    [InlineData(true, null, new[] { "--no-color" }, false)]
    public void ColourOnlyOnATerminalWithoutNoColor(bool terminal, string? noColor, string[] options, bool expectColour)
    {
        using var dir = Project();
        var env = noColor is null ? null : new Dictionary<string, string> { ["NO_COLOR"] = noColor };
        var result = Cli.RunWith(dir.Path, "", env, terminal, [.. options, "."]);
        Assert.Equal(expectColour, result.Stdout.Contains("\u001b[", StringComparison.Ordinal));
    }

    [Fact]
    public void MsBuildPrintsCanonicalLines()
    {
        using var dir = Project();
        var result = Cli.Run(dir.Path, "--format", "msbuild", ".");
        Assert.Equal(
            "app/Dockerfile(2,5,2,8): error CL1990: The line holds BAD; remove it.\n" +
            "app/Dockerfile(3,6,3,10): warning CL1991: The line holds WARN; consider removing it.\n" +
            "app/Dockerfile(6,5,6,9): info CL1992: The line holds NOTE; lower-case it.\n" +
            "deploy/pod.yaml(4,9,4,12): error CL1990: The line holds BAD; remove it.\n",
            result.Stdout);
    }

    [Fact]
    public void GitHubPrintsOneWorkflowCommandPerFindingAndNothingElse()
    {
        using var dir = Project();
        var result = Cli.Run(dir.Path, "--format", "github", ".");
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Equal("::error file=app/Dockerfile,line=2,endLine=2,col=5,endColumn=7,title=CL1990 Bad marker found::The line holds BAD; remove it.", lines[0]);
        Assert.StartsWith("::warning file=app/Dockerfile,line=3,", lines[1]);
        Assert.StartsWith("::notice file=app/Dockerfile,line=6,", lines[2]);
    }

    [Fact]
    public void CheckstyleFollowsTheFormat()
    {
        using var dir = Project();
        var result = Cli.Run(dir.Path, "--format", "checkstyle", ".");
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">", result.Stdout);
        var doc = XDocument.Parse(result.Stdout);
        var root = doc.Root!;
        Assert.Equal("checkstyle", root.Name.LocalName);
        Assert.All(root.Elements(), e => Assert.Equal("file", e.Name.LocalName));
        var app = root.Elements("file").Single(f => (string?)f.Attribute("name") == "app/Dockerfile");
        var errors = app.Elements("error").ToList();
        Assert.Equal(3, errors.Count);
        Assert.Equal("2", (string?)errors[0].Attribute("line"));
        Assert.Equal("5", (string?)errors[0].Attribute("column"));
        Assert.Equal("error", (string?)errors[0].Attribute("severity"));
        Assert.Equal("containerlint.CL1990", (string?)errors[0].Attribute("source"));
        Assert.Equal("info", (string?)errors[2].Attribute("severity"));
        Assert.All(errors, e => Assert.Contains((string?)e.Attribute("severity"), new[] { "error", "warning", "info", "ignore" }));
    }
}
