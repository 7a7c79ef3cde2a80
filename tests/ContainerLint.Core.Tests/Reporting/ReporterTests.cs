namespace ContainerLint.Core.Tests.Reporting;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;
using ContainerLint.Core.Reporting;

public sealed class ReporterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("100% sure", "100%25 sure")]
    [InlineData("two\nlines\r\n", "two%0Alines%0D%0A")]
    [InlineData("a:b,c", "a:b,c")]
    public void GitHubMessagesAreEscaped(string input, string expected) => Assert.Equal(expected, GitHubReporter.EscapeData(input));

    [Theory]
    [InlineData("dir/Dockerfile", "dir/Dockerfile")]
    [InlineData("a,b:c", "a%2Cb%3Ac")]
    [InlineData("50%\n", "50%25%0A")]
    public void GitHubPropertiesAreEscaped(string input, string expected) => Assert.Equal(expected, GitHubReporter.EscapeProperty(input));

    [Fact]
    public void GitHubLeavesColumnsOutOfMultiLineSpans()
    {
        var f = Finding(new SourceSpan(2, 3, 4, 1), Severity.Warning, "x, y: z");
        Assert.Equal("::warning file=Dockerfile,line=2,endLine=4,title=CL0002 t%3A x::x, y: z", GitHubReporter.Format(f, "CL0002 t: x"));
    }

    [Theory]
    [InlineData("RUN BAD thing", 5, 8, "    ^~~")]
    [InlineData("RUN x", 1, 1, "^")]
    [InlineData("\tRUN BAD", 6, 9, "\t    ^~~")]
    [InlineData("short", 40, 45, "     ^")]
    public void TheCaretLineSitsUnderTheSpan(string line, int column, int endColumn, string expected) =>
        Assert.Equal(expected, TextReporter.Underline(line, new SourceSpan(1, column, 1, endColumn)));

    [Fact]
    public void MsBuildLinesAreCanonical()
    {
        Assert.Equal("Dockerfile(2,3,2,9): error CL0002: a b", MSBuildReporter.Format(Finding(new SourceSpan(2, 3, 2, 9), Severity.Error, "a\nb")));
        Assert.Equal("Dockerfile(1,1,1,1): info CL0002: m", MSBuildReporter.Format(Finding(SourceSpan.FileStart, Severity.Note, "m")));
    }

    [Theory]
    [InlineData(Severity.Error, "8.0")]
    [InlineData(Severity.Warning, "5.5")]
    [InlineData(Severity.Note, "2.0")]
    public void SecuritySeverityFollowsGitHubsBands(Severity severity, string expected) => Assert.Equal(expected, SarifReporter.SecuritySeverity(severity));

    [Theory]
    [InlineData("Dockerfile", "Dockerfile")]
    [InlineData("my app/Dockerfile", "my%20app/Dockerfile")]
    [InlineData("../x/#1.yaml", "../x/%231.yaml")]
    public void SarifUrisArePercentEncodedRelativeReferences(string path, string expected) => Assert.Equal(expected, SarifReporter.ToUri(path));

    [Fact]
    public void JsonSkipsSuppressedFindingsUnlessAskedAndHasNoTiming()
    {
        var findings = new[] { Finding(new SourceSpan(1, 1, 1, 2), Severity.Error, "m") with { Suppressed = true } };
        var report = new LintReport
        {
            ToolName = "containerlint",
            ToolVersion = "1.2.3",
            Files = [new ReportedFile("Dockerfile", FileKind.Dockerfile)],
            Findings = findings,
            Catalog = RuleCatalog.Default,
            Elapsed = TimeSpan.FromSeconds(3),
        };
        var hidden = Write(new JsonReporter(), report);
        Assert.Contains("\"findings\": []", hidden);
        Assert.DoesNotContain("3", hidden.Replace("1.2.3", "", StringComparison.Ordinal));
        var shown = Write(new JsonReporter(), report with { IncludeSuppressed = true });
        Assert.Contains("\"suppressed\": true", shown);
        Assert.Equal(Write(new JsonReporter(), report with { Elapsed = TimeSpan.FromMinutes(5) }), hidden);
    }

    [Fact]
    public void EveryFormatHasAReporter()
    {
        foreach (var name in ReportFormats.Names) Assert.NotNull(ReportFormats.Create(name));
        Assert.Null(ReportFormats.Create("yaml"));
    }

    private static string Write(IReporter reporter, LintReport report)
    {
        var writer = new StringWriter();
        reporter.Write(report, writer);
        return writer.ToString();
    }

    private static Finding Finding(SourceSpan span, Severity severity, string message) => new()
    {
        RuleId = "CL0002",
        Severity = severity,
        Message = message,
        File = "Dockerfile",
        Span = span,
    };
}
