namespace ContainerLint.Cli.Tests;

using Newtonsoft.Json.Linq;

public sealed class LintCommandTests
{
    [Theory]
    [InlineData("FROM ok\n", new string[0], 0)]
    [InlineData("FROM BAD\n", new string[0], 1)]
    [InlineData("FROM WARN\n", new string[0], 0)]
    [InlineData("FROM WARN\n", new[] { "--fail-on", "warning" }, 1)]
    [InlineData("FROM NOTE\n", new[] { "--fail-on", "warning" }, 0)]
    [InlineData("FROM NOTE\n", new[] { "--fail-on", "note" }, 1)]
    [InlineData("FROM BAD\n", new[] { "--fail-on", "none" }, 0)]
    [InlineData("FROM BAD\n", new[] { "--disable", "CL1990" }, 0)]
    [InlineData("FROM BAD\n", new[] { "--disable", "CL1991,CL1990" }, 0)]
    [InlineData("FROM BAD\n", new[] { "--severity", "CL1990=warning" }, 0)]
    [InlineData("FROM WARN\n", new[] { "--severity", "CL1991=error" }, 1)]
    [InlineData("PARSEERROR\n", new string[0], 1)]
    [InlineData("# containerlint ignore=CL1990 -- accepted risk\nFROM BAD\n", new string[0], 0)]
    [InlineData("# containerlint ignore=CL1990 -- accepted risk\nFROM BAD\n", new[] { "--include-suppressed" }, 0)]
    public void ExitCodeFollowsFailOnAndOnlyUnsuppressedFindings(string dockerfile, string[] options, int expected)
    {
        using var dir = new TempDir();
        dir.Write("Dockerfile", dockerfile);
        var result = Cli.Run(dir.Path, [.. options, "."]);
        Assert.True(expected == result.ExitCode, result.Stdout + result.Stderr);
    }

    [Theory]
    [InlineData(new[] { "--bogus", "." }, "unknown option")]
    [InlineData(new[] { "--format", "yaml", "." }, "yaml")]
    [InlineData(new[] { "--fail-on", "loud", "." }, "loud")]
    [InlineData(new[] { "--policy", "nope", "." }, "nope")]
    [InlineData(new[] { "--severity", "CL1990=loud", "." }, "bad level 'loud'")]
    [InlineData(new[] { "--severity", "CL1990", "." }, "expected ID=LEVEL")]
    [InlineData(new[] { "--disable", "CL9876", "." }, "unknown rule id 'CL9876'")]
    [InlineData(new[] { "--build-arg", "novalue", "." }, "NAME=VALUE")]
    [InlineData(new[] { "missing-file" }, "missing-file: no such file or directory")]
    [InlineData(new[] { "--config", "nope.yaml", "." }, "nope.yaml: configuration file not found")]
    public void UsageErrorsExitWithTwoAndSayWhy(string[] args, string expected)
    {
        using var dir = new TempDir();
        dir.Write("Dockerfile", "FROM ok\n");
        var result = Cli.Run(dir.Path, args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Stderr);
    }

    [Fact]
    public void LintIsTheDefaultCommandAndCanBeNamed()
    {
        using var dir = new TempDir();
        dir.Write("rules/Dockerfile", "FROM BAD\n");
        var named = Cli.Run(dir.Path, "lint", "rules", "--format", "msbuild");
        Assert.Equal(1, named.ExitCode);
        Assert.Equal("rules/Dockerfile(1,6,1,9): error CL1990: The line holds BAD; remove it.\n", named.Stdout);
    }

    [Fact]
    public void StdinIsLintedUnderTheStdinFileName()
    {
        using var dir = new TempDir();
        var result = Cli.RunWith(dir.Path, "FROM alpine\nRUN BAD\n", null, false, "-", "--stdin-filename", "app/Dockerfile", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        var json = JObject.Parse(result.Stdout);
        Assert.Equal("app/Dockerfile", (string?)json["files"]![0]!["path"]);
        Assert.Equal("dockerfile", (string?)json["files"]![0]!["kind"]);
        Assert.Equal("app/Dockerfile", (string?)json["findings"]![0]!["file"]);
        Assert.Equal(2, (int)json["findings"]![0]!["line"]!);
    }

    [Fact]
    public void StdinWithoutANameIsADockerfileUnlessItIsAKubernetesObject()
    {
        using var dir = new TempDir();
        var docker = Cli.RunWith(dir.Path, "RUN BAD\n", null, false, "-", "--format", "json");
        Assert.Equal("<stdin>", (string?)JObject.Parse(docker.Stdout)["files"]![0]!["path"]);
        Assert.Equal("dockerfile", (string?)JObject.Parse(docker.Stdout)["files"]![0]!["kind"]);
        var k8s = Cli.RunWith(dir.Path, "apiVersion: v1\nkind: Pod\nmetadata: {name: BAD}\n", null, false, "-", "--format", "json");
        Assert.Equal("kubernetes", (string?)JObject.Parse(k8s.Stdout)["files"]![0]!["kind"]);
    }

    [Fact]
    public void AnUnreadableFileExitsWithTwoNamesItAndTheOthersAreStillLinted()
    {
        using var dir = new TempDir();
        dir.Write("good/Dockerfile", "FROM BAD\n");
        Directory.CreateDirectory(Path.Combine(dir.Path, "broken"));
        // A FIFO cannot be read as a file even by root, unlike a chmod 000 file (a link out of the tree would not be read at all).
        using (var mkfifo = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("mkfifo", [Path.Combine(dir.Path, "broken", "Dockerfile")]) { UseShellExecute = false })!) mkfifo.WaitForExit();
        var result = Cli.Run(dir.Path, "--format", "json", ".");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("broken/Dockerfile", result.Stderr);
        var findings = (JArray)JObject.Parse(result.Stdout)["findings"]!;
        Assert.Contains(findings, f => (string?)f["ruleId"] == "CL0001" && (string?)f["file"] == "broken/Dockerfile");
        Assert.Contains(findings, f => (string?)f["ruleId"] == "CL1990" && (string?)f["file"] == "good/Dockerfile");
    }

    [Fact]
    public void SuppressedFindingsAppearOnlyWithIncludeSuppressed()
    {
        using var dir = new TempDir();
        dir.Write("Dockerfile", "# containerlint ignore=CL1990 -- vetted\nFROM BAD\n");
        var hidden = JObject.Parse(Cli.Run(dir.Path, "--format", "json", ".").Stdout);
        Assert.Empty((JArray)hidden["findings"]!);
        var shown = JObject.Parse(Cli.Run(dir.Path, "--format", "json", "--include-suppressed", ".").Stdout);
        var finding = Assert.Single((JArray)shown["findings"]!);
        Assert.True((bool)finding["suppressed"]!);
        Assert.Equal("vetted", (string?)finding["justification"]);
    }

    [Fact]
    public void OutputIsWrittenToTheFileAndNotThroughASymlink()
    {
        using var dir = new TempDir();
        dir.Write("Dockerfile", "FROM BAD\n");
        var result = Cli.Run(dir.Path, "--format", "json", "--output", "out/report.json", ".");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("\"CL1990\"", File.ReadAllText(Path.Combine(dir.Path, "out/report.json")));
        Assert.Empty(Directory.GetFiles(Path.Combine(dir.Path, "out"), "*.tmp"));

        var victim = dir.Write("victim.txt", "keep");
        File.CreateSymbolicLink(Path.Combine(dir.Path, "link.json"), victim);
        var refused = Cli.Run(dir.Path, "--format", "json", "--output", "link.json", ".");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("symbolic link", refused.Stderr);
        Assert.Equal("keep", File.ReadAllText(victim));
    }

    [Fact]
    public void VersionAndHelp()
    {
        using var dir = new TempDir();
        var version = Cli.Run(dir.Path, "--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+\S*\n$", version.Stdout);
        var help = Cli.Run(dir.Path, "--help");
        Assert.Equal(0, help.ExitCode);
        foreach (var expected in new[] { "--format", "--output", "--fail-on", "--config", "--policy", "--disable", "--severity", "--stdin-filename", "--no-color", "--include-suppressed", "--target", "--build-arg", "rules", "explain", "Examples:", "Exit codes:" })
        {
            Assert.Contains(expected, help.Stdout);
        }
    }

    [Theory]
    [InlineData("lint", "--help")]
    [InlineData("lint", "-h")]
    [InlineData("lint", "samples", "--help")]
    public void LintHelpShowsTheSubcommandUsageWithoutTheRootsPathInFront(params string[] args)
    {
        using var dir = new TempDir();
        var help = Cli.Run(dir.Path, args);
        Assert.Equal(0, help.ExitCode);
        var usage = help.Stdout.Split('\n').SkipWhile(l => l != "Usage:").Skip(1).First().Trim();
        Assert.Matches(@"^\S+ lint \[<PATH>\.\.\.\] \[options\]$", usage);
        Assert.Contains("--format", help.Stdout);
        Assert.Contains("Lint files and folders", help.Stdout);
    }

    [Theory]
    [InlineData("rules", @"^\S+ rules \[options\]$", "rules", "--help")]
    [InlineData("rules", @"^\S+ rules \[options\]$", "rules", "-h")]
    [InlineData("explain", @"^\S+ explain <RULEID> \[options\]$", "explain", "--help")]
    [InlineData("explain", @"^\S+ explain <RULEID> \[options\]$", "explain", "CL1001", "--help")]
    public void RulesAndExplainHelpDoNotShowTheRootsPathArgument(string command, string usagePattern, params string[] args)
    {
        using var dir = new TempDir();
        var help = Cli.Run(dir.Path, args);
        Assert.Equal(0, help.ExitCode);
        var usage = help.Stdout.Split('\n').SkipWhile(l => l != "Usage:").Skip(1).First().Trim();
        Assert.Matches(usagePattern, usage);
        Assert.DoesNotContain("<PATH>", help.Stdout);
        Assert.Contains(command == "rules" ? "--write-docs" : "A rule id", help.Stdout);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("lint", "--help")]
    [InlineData("rules", "--help")]
    [InlineData("explain", "--help")]
    public void HelpPointsAtNoFileThePackageDoesNotShip(params string[] args)
    {
        using var dir = new TempDir();
        var help = Cli.Run(dir.Path, args).Stdout;
        // A repository path (DESIGN.md, docs/…, src/…, rules/docs) read as a local file; a full https:// link is fine.
        var local = System.Text.RegularExpressions.Regex.Matches(help, @"(?<![/\w.])(DESIGN\.md|docs/[\w./-]+|src/[\w./-]+|rules/docs)");
        Assert.True(local.Count == 0, "help names " + string.Join(", ", local.Select(m => m.Value)));
    }

    [Fact]
    public void RootHelpStillShowsThePathArgument()
    {
        using var dir = new TempDir();
        var help = Cli.Run(dir.Path, "--help");
        var usage = help.Stdout.Split('\n').SkipWhile(l => l != "Usage:").Skip(1).First().Trim();
        Assert.Matches(@"^\S+ \[<PATH>\.\.\.\] \[command\] \[options\]$", usage);
    }

    [Fact]
    public void RulesJsonFollowsTheDesignContract()
    {
        using var dir = new TempDir();
        var result = Cli.Run(dir.Path, "rules", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        var rules = JArray.Parse(result.Stdout);
        var rule = rules.Single(r => (string?)r["id"] == "CL1990");
        Assert.Equal("Bad marker found", (string?)rule["title"]);
        Assert.Equal("error", (string?)rule["defaultSeverity"]);
        Assert.Equal(["dockerfile", "kubernetes"], rule["appliesTo"]!.Select(t => (string)t!));
        Assert.Equal(["4.1.4"], rule["nist80019"]!.Select(t => (string)t!));
        Assert.Equal(["4.10"], rule["cisDocker"]!.Select(t => (string)t!));
        Assert.Empty((JArray)rule["cisKubernetes"]!);
        Assert.Equal(JTokenType.Null, rule["pss"]!.Type);
        Assert.EndsWith("/CL1990.md", (string?)rule["helpUri"]);
        Assert.Equal("BadMarker", (string?)rule["name"]);
        Assert.True((bool)rule["enabledByDefault"]!);
        Assert.Equal(rules.Select(r => (string)r["id"]!).Order(StringComparer.Ordinal), rules.Select(r => (string)r["id"]!));
    }

    [Fact]
    public void RulesTextMarkdownAndExplain()
    {
        using var dir = new TempDir();
        // The text table has the columns the command promises: NIST SP 800-190, CIS Docker, CIS Kubernetes, PSS.
        var table = Cli.Run(dir.Path, "rules").Stdout.Split('\n');
        Assert.Matches(@"^ID +SEVERITY +APPLIES TO +NIST 800-190 +CIS DOCKER +CIS K8S +PSS +TITLE$", table[0]);
        Assert.Matches(@"^CL1990 +error +dockerfile,kubernetes +4\.1\.4 +4\.10 +- +- +Bad marker found$", table.Single(l => l.StartsWith("CL1990", StringComparison.Ordinal)));
        Assert.Matches(@"^CL1991 +warning +dockerfile,kubernetes +4\.1\.2 +- +5\.2\.2 +- +Warn marker found$", table.Single(l => l.StartsWith("CL1991", StringComparison.Ordinal)));
        var pss = Cli.Run(dir.Path, "rules").Stdout.Split('\n').Single(l => l.StartsWith("CL2001", StringComparison.Ordinal));
        Assert.Contains("baseline:privileged", pss);
        Assert.Contains("| [CL1990](CL1990.md) | Bad marker found |", Cli.Run(dir.Path, "rules", "--format", "markdown").Stdout);
        var explain = Cli.Run(dir.Path, "explain", "cl1990");
        Assert.Equal(0, explain.ExitCode);
        Assert.StartsWith("# CL1990: Bad marker found\n", explain.Stdout);
        Assert.Contains("```dockerfile\nRUN BAD\n```", explain.Stdout);
        var unknown = Cli.Run(dir.Path, "explain", "CL4242");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("CL4242", unknown.Stderr);
    }

    [Fact]
    public void WriteDocsWritesAPagePerRuleAndTheIndex()
    {
        using var dir = new TempDir();
        dir.Write("docs/CL0000.md", "a page of a rule that is gone");
        var result = Cli.Run(dir.Path, "rules", "--write-docs", "docs");
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(dir.Path, "docs/CL1990.md")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "docs/README.md")));
        Assert.False(File.Exists(Path.Combine(dir.Path, "docs/CL0000.md")));
    }

    [Fact]
    public void WriteCatalogReadsTheYamlNotTheBuiltInCatalogAndAlsoWritesTheDocs()
    {
        using var dir = new TempDir();
        dir.Write("rules/CL1999.yaml", "id: CL1999\nname: FromYaml\ntitle: \"From \\\"YAML\\\"\"\nmessage: m\ndefaultSeverity: note\nappliesTo: [dockerfile]\nrationale: r\n");
        var result = Cli.Run(dir.Path, "rules", "--write-catalog", "out/Generated.cs", "--write-docs", "docs");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Wrote 1 rules from rules to out/Generated.cs.", result.Stdout);
        var source = File.ReadAllText(Path.Combine(dir.Path, "out/Generated.cs"));
        Assert.Contains("        Title = \"From \\\"YAML\\\"\",\n", source);
        Assert.DoesNotContain("CL1990", source);
        Assert.StartsWith("# CL1999: From \"YAML\"\n", File.ReadAllText(Path.Combine(dir.Path, "docs/CL1999.md")));
        Assert.False(File.Exists(Path.Combine(dir.Path, "docs/CL1990.md")));
    }

    [Theory]
    [InlineData("", "rule folder 'rules' not found")]
    [InlineData("id: CL1999\nname: X\n", "rules/CL1999.yaml: missing 'defaultSeverity'")]
    [InlineData("id: [\n", "rules/CL1999.yaml: ")]
    public void WriteCatalogRejectsAMissingOrBadRuleFolder(string yaml, string error)
    {
        using var dir = new TempDir();
        if (yaml.Length > 0) dir.Write("rules/CL1999.yaml", yaml);
        var result = Cli.Run(dir.Path, "rules", "--write-catalog", "Generated.cs");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(error, result.Stderr);
        Assert.False(File.Exists(Path.Combine(dir.Path, "Generated.cs")));
    }
}
