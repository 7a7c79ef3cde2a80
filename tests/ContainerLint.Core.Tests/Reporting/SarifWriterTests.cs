namespace ContainerLint.Core.Tests.Reporting;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Discovery;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Reporting;
using ContainerLint.Core.Text;

/// <summary>
/// Issue #11: SARIF is written token by token (Native AOT trims the reflection serializer away), and
/// the bytes are those the reflection serializer wrote (<see cref="SarifReference"/>).
/// </summary>
public sealed class SarifWriterTests
{
    [Fact]
    public void TheStreamingWriterWritesTheReflectionSerializersBytesOnTheSamples()
    {
        var root = RepoPaths.Root;
        var resolver = new ConfigurationResolver(RuleCatalog.Default, new ConfigurationOverrides());
        var targets = new FileDiscovery(root, resolver).Discover(["samples"]).Targets;
        var engine = LintEngine.CreateDefault();
        var runner = new LintRunner(engine, resolver.For);
        using var spool = new FindingSpool();
        var run = runner.Run(targets, spool);
        spool.Complete(run.Files.Select(f => f.Path).ToList(), run.CrossFile);
        var report = LintReportBuilder.Create("1.2.3", engine.Catalog, targets, run.Files, spool, root, true);

        var expected = SarifReference.Write(report);
        Assert.Contains("\"contextRegion\"", expected);
        Assert.Contains("\"fixes\"", expected);
        Assert.Equal(expected, Write(report));
    }

    [Fact]
    public void EveryOptionalPartIsWrittenOrLeftOutAsTheReflectionSerializerDid()
    {
        var sources = new Dictionary<string, SourceText>
        {
            ["app/Dockerfile"] = new("FROM x\nRUN \"quoted\" \\ back\u2028slash \u0001 ünïcode 🐳\n\tRUN  a   b\nUSER root\n"),
        };
        Finding F(string rule, SourceSpan span) => new() { RuleId = rule, Severity = Severity.Warning, Message = "m \"q\" \n ✓", File = "app/Dockerfile", Span = span };
        var findings = new[]
        {
            F("CL1020", new SourceSpan(1, 1, 1, 7)),
            F("CL1020", new SourceSpan(2, 5, 3, 4)) with { Severity = Severity.Error, Suppressed = true, SuppressionJustification = "reviewed \"ok\"" },
            F("CL9999", new SourceSpan(3, 2, 3, 2)) with { Severity = Severity.Note, Suppressed = true },
            F("CL1010", new SourceSpan(3, 6, 3, 12)) with { Fix = new Fix("Collapse the \"spaces\".", new SourceSpan(3, 6, 3, 12), "a b\n") },
            F("CL1077", new SourceSpan(1, 1, 1, 5)) with { Fix = new Fix("Two edits", [new TextEdit(new SourceSpan(1, 1, 1, 5), "FROM"), new TextEdit(SourceSpan.Point(4, 10), "\n")]) },
            F("CL1010", new SourceSpan(40, 1, 41, 1)) with { Severity = Severity.None },
            F("CL0001", SourceSpan.FileStart) with { File = "gone/Dockerfile", Severity = Severity.Error },
        };
        var report = new LintReport
        {
            ToolName = "containerlint",
            ToolVersion = "0.0.1-pre",
            Files = [new ReportedFile("app/Dockerfile", FileKind.Dockerfile), new ReportedFile("deploy/p.yaml", FileKind.Kubernetes), new ReportedFile("App.csproj", FileKind.MSBuild)],
            Findings = findings,
            Catalog = RuleCatalog.Default,
            ExecutionSuccessful = false,
            GetSource = path => sources.GetValueOrDefault(path),
        };

        foreach (var variant in new[] { report, report with { RootDirectory = "/tmp/a b/" }, report with { Findings = Array.Empty<Finding>() } })
        {
            Assert.Equal(SarifReference.Write(variant), Write(variant));
        }

        var written = Write(report);
        Assert.Contains("\"id\": \"CL9999\"", written);           // unknown to the catalog: the fallback descriptor
        Assert.Contains("\"justification\": \"reviewed \\\"ok\\\"\"", written);
        Assert.Contains("\"level\": \"none\"", written);
        Assert.DoesNotContain("originalUriBaseIds", written);
        // A fix of several edits: one artifact change with a replacement per edit, an insertion as an empty region.
        var twoEdits = Newtonsoft.Json.Linq.JObject.Parse(written)["runs"]![0]!["results"]!.Single(r => (string?)r["ruleId"] == "CL1077")["fixes"]![0]!["artifactChanges"]![0]!["replacements"]!;
        Assert.Equal(2, twoEdits.Count());
        Assert.Equal(10, (int)twoEdits[1]!["deletedRegion"]!["endColumn"]!);
    }

    private static string Write(LintReport report)
    {
        var writer = new StringWriter { NewLine = "\r\n" };
        new SarifReporter().Write(report, writer);
        return writer.ToString();
    }
}
