namespace ContainerLint.Core.Tests.Reporting;

using System.Text;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.CrossFile;
using ContainerLint.Core.Discovery;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Reporting;

/// <summary>Issue #7: findings spooled to disk and streamed to the reporters give the same bytes as the in-memory report.</summary>
public sealed class StreamingReportTests
{
    public static TheoryData<string, string, bool> FormatsOverCorpora()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var format in ReportFormats.Names)
        {
            foreach (var corpus in new[] { "samples", "tests/data/pss" })
            {
                data.Add(format, corpus, false);
                data.Add(format, corpus, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FormatsOverCorpora))]
    public void StreamedReportIsByteIdenticalToTheInMemoryOne(string format, string corpus, bool includeSuppressed)
    {
        var root = RepoPaths.Root;
        Assert.True(Directory.Exists(Path.Combine(root, corpus)), $"corpus {corpus} is missing");
        var resolver = new ConfigurationResolver(RuleCatalog.Default, new ConfigurationOverrides());
        var targets = new FileDiscovery(root, resolver).Discover([corpus]).Targets;
        Assert.NotEmpty(targets);
        var engine = LintEngine.CreateDefault();
        var runner = new LintRunner(engine, resolver.For);

        var results = runner.Run(targets);
        var inMemory = LintReportBuilder.Create("1.0.0", engine.Catalog, targets, results, root, true) with { IncludeSuppressed = includeSuppressed };

        using var spool = new FindingSpool();
        var run = runner.Run(targets, spool);
        spool.Complete(run.Files.Select(f => f.Path).ToList(), run.CrossFile);
        var streamed = LintReportBuilder.Create("1.0.0", engine.Catalog, targets, run.Files, spool, root, true) with { IncludeSuppressed = includeSuppressed };

        var expected = Write(format, inMemory);
        Assert.True(expected.Length > 200, "the corpus should give a report with findings");
        Assert.Equal(expected, Write(format, streamed));
        var (a, b) = (inMemory.Findings.Totals, streamed.Findings.Totals);
        Assert.Equal((a.Errors, a.Warnings, a.Notes, a.Suppressed), (b.Errors, b.Warnings, b.Notes, b.Suppressed));
        Assert.Equal(a.RuleIds, b.RuleIds);
        Assert.Equal(a.Files, b.Files);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SpoolRoundTripsEveryFieldAndGroupsFilesInPathOrder(bool inMemory)
    {
        var full = Finding("b/Dockerfile", 3, "CL1001") with
        {
            Object = "Deployment/default/web",
            Container = "web",
            Suppressed = true,
            SuppressionJustification = "reviewed – ok ✓",
            Fix = new Fix("Pin it", new SourceSpan(3, 6, 3, 12), "ubuntu:24.04"),
        };
        var plain = Finding("b/Dockerfile", 7, "CL1002");
        var other = Finding("a/Dockerfile", 1, "CL1003");
        using var spool = new FindingSpool(inMemory ? long.MaxValue : 0);
        Assert.Equal(inMemory, spool.FilePath is null);
        spool.Add(1, [other]);
        spool.Add(0, [full, plain]);
        spool.Add(2, []);
        spool.Complete(["b/Dockerfile", "a/Dockerfile", "c/Dockerfile"], CrossFileOutcome.None);

        var files = spool.ByFile().ToList();
        Assert.Equal([[other], [full, plain]], files);
        Assert.Equal(files, spool.ByFile().ToList());
    }

    [Fact]
    public void SpoolFileLeavesNoTraceByName()
    {
        string path;
        using (var spool = new FindingSpool(memoryLimit: 0))
        {
            path = spool.FilePath!;
            spool.Add(0, [Finding("Dockerfile", 1, "CL1001")]);
            spool.Complete(["Dockerfile"], CrossFileOutcome.None);
            Assert.Single(Assert.Single(spool.ByFile()));

            // Unix: unlinked while open (a killed run leaves nothing behind); Windows: private and deleted on close.
            Assert.Equal(OperatingSystem.IsWindows(), File.Exists(path));
        }

        Assert.False(File.Exists(path));
    }

    [Fact]
    public void SpoolStaysInMemoryUnderItsLimitAndMovesToATempFileWithEverythingOnceOver()
    {
        var findings = Enumerable.Range(1, 40).Select(i => Finding($"d{i:D2}/Dockerfile", i, "CL1001") with { Container = new string('x', 100) }).ToList();
        using var spool = new FindingSpool(memoryLimit: 2_000);
        for (var i = 0; i < 10; i++) spool.Add(i, [findings[i]]);
        Assert.Null(spool.FilePath);

        for (var i = 10; i < findings.Count; i++) spool.Add(i, [findings[i]]);
        Assert.NotNull(spool.FilePath);
        spool.Complete(findings.Select(f => f.File).ToList(), CrossFileOutcome.None);
        Assert.Equal(findings, spool.ByFile().Select(Assert.Single));
    }

    [Fact]
    public void SpoolMergesTargetsThatShareADisplayPath()
    {
        using var spool = new FindingSpool();
        spool.Add(0, [Finding("Dockerfile", 2, "CL1001"), Finding("Dockerfile", 9, "CL1001")]);
        spool.Add(1, [Finding("Dockerfile", 5, "CL1001")]);
        spool.Complete(["Dockerfile", "Dockerfile"], CrossFileOutcome.None);

        Assert.Equal([2, 5, 9], Assert.Single(spool.ByFile()).Select(f => f.Span.Line));
    }

    [Fact]
    public void SpoolAppliesTheCrossFilePassWhenReadBack()
    {
        var kept = Finding("compose.yaml", 4, "CL3001") with { Object = "service/db" };
        var withdrawn = Finding("compose.yaml", 2, "CL3001") with { Object = "service/web" };
        var added = Finding("compose.yaml", 3, "CL5001");
        var onlyAdded = Finding("policy.yaml", 1, "CL5002");
        var outcome = new CrossFileOutcome(
            new Dictionary<int, List<Finding>> { [0] = [added], [1] = [onlyAdded] },
            new Dictionary<int, HashSet<(string, string)>> { [0] = [("CL3001", "service/web")] });
        using var spool = new FindingSpool();
        spool.Add(0, [withdrawn, kept]);
        spool.Complete(["compose.yaml", "policy.yaml"], outcome);

        Assert.Equal([[added, kept], [onlyAdded]], spool.ByFile().ToList());
    }

    [Fact]
    public void SpoolCannotBeReadBeforeItIsCompleteNorWrittenAfter()
    {
        using var spool = new FindingSpool();
        Assert.Throws<InvalidOperationException>(() => spool.ByFile().ToList());
        spool.Complete([], CrossFileOutcome.None);
        Assert.Throws<InvalidOperationException>(() => spool.Add(0, [Finding("Dockerfile", 1, "CL1001")]));
    }

    [Fact]
    public void TotalsCountUnsuppressedBySeverityAndEverySuppressedFinding()
    {
        ReportFindings findings = new[]
        {
            Finding("b", 1, "CL1002") with { Severity = Severity.Error },
            Finding("a", 1, "CL0001") with { Severity = Severity.Error },
            Finding("a", 2, "CL1001") with { Severity = Severity.Note },
            Finding("a", 3, "CL1001") with { Severity = Severity.Error, Suppressed = true },
        };
        var totals = findings.Totals;
        Assert.Equal((1 + 1, 0, 1, 1), (totals.Errors, totals.Warnings, totals.Notes, totals.Suppressed));
        Assert.Equal(["CL0001", "CL1001", "CL1002"], totals.RuleIds);
        Assert.Equal(["a", "b"], totals.Files);
        Assert.Equal("CL0001", Assert.Single(totals.Unreadable).RuleId);
        Assert.True(totals.AnyAtOrAbove(Severity.Error));
        Assert.False(((ReportFindings)new[] { Finding("a", 1, "CL1001") with { Severity = Severity.Note } }).Totals.AnyAtOrAbove(Severity.Warning));
    }

    [Fact]
    public void CheckstyleMergesLintedFilesWithFilesThatOnlyHaveFindings()
    {
        var report = new LintReport
        {
            ToolName = "containerlint",
            ToolVersion = "1.0.0",
            Files = [new ReportedFile("b", FileKind.Dockerfile), new ReportedFile("d", FileKind.Dockerfile)],
            Findings = new[] { Finding("c", 1, "CL1001"), Finding("a", 1, "CL1001"), Finding("d", 2, "CL1001") with { Suppressed = true } },
            Catalog = RuleCatalog.Default,
        };
        var names = Write(ReportFormats.Checkstyle, report).Split('\n').Where(l => l.Contains("<file", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
        Assert.Equal(["<file name=\"a\">", "<file name=\"b\" />", "<file name=\"c\">", "<file name=\"d\" />"], names);
    }

    [Fact]
    public void ReportWriterHandsOnLargeOutputUnchangedWithUnixLineEnds()
    {
        var inner = new StringWriter { NewLine = "\r\n" };
        var expected = new StringBuilder();
        using (var writer = new ReportWriter(inner))
        {
            for (var i = 0; i < 5000; i++)
            {
                writer.Write($"line {i} ");
                writer.Write('x');
                writer.WriteLine();
                expected.Append($"line {i} x\n");
            }

            writer.Flush();
        }

        Assert.Equal(expected.ToString(), inner.ToString());
    }

    [Fact]
    public void AStreamedWriteThatFailsLeavesNeitherTheFileNorItsTempFile()
    {
        var dir = Directory.CreateTempSubdirectory("containerlint-atomic-");
        try
        {
            var path = Path.Combine(dir.FullName, "report.json");
            File.WriteAllText(path, "previous");
            Assert.Throws<IOException>(() => ContainerLint.Core.IO.AtomicFile.Write(path, writer =>
            {
                writer.Write(new string('x', 100_000));
                throw new IOException("disk full");
            }));
            Assert.Equal("previous", File.ReadAllText(path));
            Assert.Equal([path], Directory.GetFiles(dir.FullName));

            ContainerLint.Core.IO.AtomicFile.Write(path, writer => writer.Write("new"));
            Assert.Equal("new", File.ReadAllText(path));
            Assert.Equal([path], Directory.GetFiles(dir.FullName));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string Write(string format, LintReport report)
    {
        var writer = new StringWriter { NewLine = "\n" };
        ReportFormats.Create(format)!.Write(report, writer);
        return writer.ToString();
    }

    private static Finding Finding(string file, int line, string ruleId) => new()
    {
        RuleId = ruleId,
        Severity = Severity.Warning,
        Message = $"{ruleId} at {line}",
        File = file,
        Span = new SourceSpan(line, 1, line, 4),
    };
}
