namespace ContainerLint.Cli.Tests;

using System.Xml.Linq;
using Newtonsoft.Json.Linq;

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
            ["ruleId", "severity", "message", "file", "line", "column", "endLine", "endColumn", "suppressed", "helpUri", "nist80019", "cisDocker", "cisKubernetes"],
            first0.Properties().Select(p => p.Name));
        Assert.Equal("The line holds BAD; remove it.", (string?)first0["message"]);
        // The rule's help page and mappings travel with each finding (a rule without a PSS check has no "pss").
        Assert.Equal("https://github.com/containerlint/containerlint/blob/main/rules/docs/CL1990.md", (string?)first0["helpUri"]);
        Assert.Equal(["4.1.4"], first0["nist80019"]!.Select(v => (string)v!));
        Assert.Equal(["4.10"], first0["cisDocker"]!.Select(v => (string)v!));
        Assert.Empty(first0["cisKubernetes"]!);
        Assert.Equal(8, (int)first0["endColumn"]!);
        var k8s = (JObject)findings[3];
        Assert.Equal("Pod/default/web", (string?)k8s["object"]);
        Assert.Equal("app", (string?)k8s["container"]);
    }

    private static JsonSchemaValidator OutputSchema() =>
        new(JObject.Parse(File.ReadAllText(Path.Combine(Cli.RepoRoot(), "docs", "containerlint-output.schema.json"))));

    [Fact]
    public void JsonValidatesAgainstThePublishedSchema()
    {
        var schema = OutputSchema();
        using var dir = Project();
        foreach (var extra in new[] { "--include-suppressed", "--no-color" })
        {
            var output = JToken.Parse(Cli.Run(dir.Path, "--format", "json", extra, ".").Stdout);
            Assert.Empty(schema.Validate(output));
        }
    }

    private const string ValidOutput = """
        {"schemaVersion":1,"tool":{"name":"containerlint","version":"1.2.3"},"files":[{"path":"app/Dockerfile","kind":"dockerfile"}],
         "findings":[{"ruleId":"CL1001","severity":"error","message":"m","file":"app/Dockerfile","line":2,"column":1,"endLine":2,"endColumn":9,
                      "object":"Pod/default/web","container":"web","suppressed":true,"justification":"why",
                      "helpUri":"https://example.com/CL1001.md","nist80019":["4.1.4"],"cisDocker":["4.10"],"cisKubernetes":["5.2.2"],
                      "pss":{"level":"baseline","check":"privileged"}}]}
        """;

    /// <summary>The validator (and the schema) reject broken documents: one JSON edit each, the error that names it.</summary>
    public static TheoryData<string, string, string> BrokenDocuments => new()
    {
        // JSON pointer of the token to replace (null: remove it), replacement JSON, expected error fragment
        { "schemaVersion", "2", "/schemaVersion: expected the constant 1" },
        { "tool.name", "\"hadolint\"", "/tool/name: expected the constant \"containerlint\"" },
        { "tool.version", "\"latest\"", "/tool/version: \"latest\" does not match the pattern" },
        { "files[0].kind", "\"helm\"", "/files/0/kind: \"helm\" is not one of" },
        { "files[0].path", "\"app\\\\Dockerfile\"", "/files/0/path: matches a schema it must not match" },
        { "files[0].path", "\"\"", "/files/0/path: shorter than 1 code point(s)" },
        { "findings[0].ruleId", "\"DL3000\"", "/findings/0/ruleId: \"DL3000\" does not match the pattern" },
        { "findings[0].severity", "\"fatal\"", "/findings/0/severity: \"fatal\" is not one of" },
        { "findings[0].line", "0", "/findings/0/line: 0 is less than the minimum 1" },
        { "findings[0].column", "\"1\"", "/findings/0/column: expected \"integer\", found string" },
        { "findings[0].endColumn", "1.5", "/findings/0/endColumn: expected \"integer\", found float" },
        { "findings[0].suppressed", "null", "/findings/0/suppressed: expected \"boolean\", found null" },
        { "findings[0].message", null!, "/findings/0: missing required property 'message'" },
        { "findings", "{}", "/findings: expected \"array\", found object" },
        { "findings[0].fix", "\"x\"", "/findings/0: property 'fix' is not allowed" },
        { "extra", "1", "/: property 'extra' is not allowed" },
        { "findings[0].helpUri", "\"rules/docs/CL1001.md\"", "/findings/0/helpUri: \"rules/docs/CL1001.md\" does not match the pattern" },
        { "findings[0].nist80019", "[\"NIST 4.1\"]", "/findings/0/nist80019/0: \"NIST 4.1\" does not match the pattern" },
        { "findings[0].cisDocker", "\"4.10\"", "/findings/0/cisDocker: expected \"array\", found string" },
        { "findings[0].pss.level", "\"strict\"", "/findings/0/pss/level: \"strict\" is not one of" },
        { "findings[0].pss.check", null!, "/findings/0/pss: missing required property 'check'" },
    };

    [Theory]
    [MemberData(nameof(BrokenDocuments))]
    public void TheSchemaValidatorRejectsABrokenDocument(string path, string? replacement, string expectedError)
    {
        var schema = OutputSchema();
        Assert.Empty(schema.Validate(JObject.Parse(ValidOutput)));

        var document = JObject.Parse(ValidOutput);
        var dot = path.LastIndexOf('.');
        var parent = dot < 0 ? document : (JObject)document.SelectToken(path[..dot])!;
        var name = path[(dot + 1)..];
        if (replacement is null) parent.Remove(name);
        else parent[name] = JToken.Parse(replacement);

        var errors = schema.Validate(document);
        Assert.Contains(errors, e => e.Contains(expectedError, StringComparison.Ordinal));
    }

    [Fact]
    public void TheSchemaValidatorRefusesKeywordsItDoesNotImplement()
    {
        var schema = JObject.Parse("""{"type":"object","properties":{"a":{"type":"string","format":"uri"}}}""");
        var ex = Assert.Throws<InvalidOperationException>(() => new JsonSchemaValidator(schema));
        Assert.Contains("'format'", ex.Message);
    }

    [Fact]
    public void TextGroupsByFileShowsTheLineWithACaretAndASummary()
    {
        using var dir = Project();
        var result = Cli.Run(dir.Path, ".");
        var text = result.Stdout;
        Assert.DoesNotContain("\u001b[", text);
        // Locations read path:line:col, which terminals and editors open (issue #14).
        Assert.Contains("app/Dockerfile\n  app/Dockerfile:2:5  error  CL1990  The line holds BAD; remove it.\n    2 | RUN BAD thing\n      |     ^~~\n", text);
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
