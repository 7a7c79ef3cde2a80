namespace ContainerLint.Cli.Tests;

using Newtonsoft.Json.Linq;

public sealed class SarifTests
{
    private const string Dockerfile = "FROM alpine\nRUN BAD thing\n# containerlint ignore=CL1992 -- fine here\nRUN NOTE\nRUN NOTE\n";

    private static JObject Sarif(string workingDirectory) => JObject.Parse(Cli.Run(workingDirectory, "--format", "sarif", ".").Stdout);

    [Fact]
    public void LogHasTheToolRulesAndRunParts()
    {
        using var dir = new TempDir();
        dir.Write("app/Dockerfile", Dockerfile);
        var log = Sarif(dir.Path);
        Assert.Equal("2.1.0", (string?)log["version"]);
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", (string?)log["$schema"]);
        var run = (JObject)log["runs"]![0]!;
        var driver = run["tool"]!["driver"]!;
        Assert.Equal("ContainerLint", (string?)driver["name"]);
        Assert.False(string.IsNullOrEmpty((string?)driver["version"]));
        var rules = (JArray)driver["rules"]!;
        Assert.Equal(["CL1990", "CL1992"], rules.Select(r => (string)r["id"]!));
        var rule = rules[0];
        Assert.Equal("BadMarker", (string?)rule["name"]);
        Assert.Equal("Bad marker found.", (string?)rule["shortDescription"]!["text"]);
        Assert.Equal("A test rule.", (string?)rule["fullDescription"]!["text"]);
        Assert.StartsWith("# CL1990: Bad marker found", (string?)rule["help"]!["markdown"]);
        Assert.False(string.IsNullOrEmpty((string?)rule["help"]!["text"]));
        Assert.EndsWith("CL1990.md", (string?)rule["helpUri"]);
        Assert.Equal("error", (string?)rule["defaultConfiguration"]!["level"]);
        var tags = rule["properties"]!["tags"]!.Select(t => (string)t!).ToList();
        Assert.Contains("security", tags);
        Assert.Contains("container", tags);
        Assert.Contains("NIST-SP-800-190-4.1.4", tags);
        Assert.Contains("CIS-Docker-4.10", tags);
        Assert.Equal("8.0", (string?)rule["properties"]!["security-severity"]);

        Assert.True((bool)run["invocations"]![0]!["executionSuccessful"]!);
        Assert.StartsWith("file:///", (string?)run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]);
        Assert.EndsWith("/", (string?)run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]);
        Assert.Equal("app/Dockerfile", (string?)run["artifacts"]![0]!["location"]!["uri"]);
    }

    [Fact]
    public void ResultsCarryLocationsSnippetsSuppressionsAndFixes()
    {
        using var dir = new TempDir();
        dir.Write("app/Dockerfile", Dockerfile);
        var results = (JArray)Sarif(dir.Path)["runs"]![0]!["results"]!;
        Assert.Equal(3, results.Count);
        var bad = results[0];
        Assert.Equal("CL1990", (string?)bad["ruleId"]);
        Assert.Equal(0, (int)bad["ruleIndex"]!);
        Assert.Equal("error", (string?)bad["level"]);
        Assert.Equal("The line holds BAD; remove it.", (string?)bad["message"]!["text"]);
        var location = bad["locations"]![0]!["physicalLocation"]!;
        Assert.Equal("app/Dockerfile", (string?)location["artifactLocation"]!["uri"]);
        Assert.Equal("%SRCROOT%", (string?)location["artifactLocation"]!["uriBaseId"]);
        Assert.Equal(0, (int)location["artifactLocation"]!["index"]!);
        var region = location["region"]!;
        Assert.Equal([2, 5, 2, 8], new[] { "startLine", "startColumn", "endLine", "endColumn" }.Select(k => (int)region[k]!));
        Assert.Equal("BAD", (string?)region["snippet"]!["text"]);
        Assert.Null(bad["suppressions"]);

        var suppressed = results[1];
        Assert.Equal(1, (int)suppressed["ruleIndex"]!);
        Assert.Equal("note", (string?)suppressed["level"]);
        var suppression = suppressed["suppressions"]![0]!;
        Assert.Equal("inSource", (string?)suppression["kind"]);
        Assert.Equal("fine here", (string?)suppression["justification"]);
        var fix = suppressed["fixes"]![0]!;
        Assert.Equal("Lower-case NOTE.", (string?)fix["description"]!["text"]);
        var replacement = fix["artifactChanges"]![0]!["replacements"]![0]!;
        Assert.Equal("note", (string?)replacement["insertedContent"]!["text"]);
        Assert.Equal(4, (int)replacement["deletedRegion"]!["startLine"]!);
        Assert.Null(results[2]["suppressions"]);
    }

    [Fact]
    public void FingerprintsSurviveLinesInsertedAboveAndTellRepeatsApart()
    {
        using var dir = new TempDir();
        dir.Write("Dockerfile", "FROM alpine\nRUN BAD thing\nRUN BAD thing\n");
        var before = Fingerprints(Sarif(dir.Path));
        dir.Write("Dockerfile", "# a comment\nFROM alpine\n\nLABEL x=y\n  RUN   BAD thing\nRUN BAD thing\n");
        var after = Fingerprints(Sarif(dir.Path));
        Assert.Equal(2, before.Count);
        Assert.Equal(before, after);
        Assert.NotEqual(before[0], before[1]);

        dir.Write("Dockerfile", "FROM alpine\nRUN BAD other\n");
        Assert.DoesNotContain(Fingerprints(Sarif(dir.Path))[0], before);
    }

    [Fact]
    public void AnUnreadableInputMarksTheInvocationUnsuccessful()
    {
        using var dir = new TempDir();
        using (var mkfifo = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("mkfifo", [Path.Combine(dir.Path, "Dockerfile")]) { UseShellExecute = false })!) mkfifo.WaitForExit();
        var result = Cli.Run(dir.Path, "--format", "sarif", ".");
        Assert.Equal(2, result.ExitCode);
        Assert.False((bool)JObject.Parse(result.Stdout)["runs"]![0]!["invocations"]![0]!["executionSuccessful"]!);
    }

    private static List<string> Fingerprints(JObject sarif) =>
        sarif["runs"]![0]!["results"]!.Select(r => (string)r["partialFingerprints"]!["containerlint/v1"]!).ToList();
}
