namespace ContainerLint.Core.Tests.Reporting;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;
using ContainerLint.Core.Reporting;
using ContainerLint.Core.Text;

public sealed class ShownTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\tb", "a\tb")]
    [InlineData("x\ny", "x\\ny")]
    [InlineData("\u001b]0;pwned\u0007", "\\x1b]0;pwned\\x07")]
    [InlineData("del\u007f c1\u009b", "del\\x7f c1\\x9b")]
    [InlineData("rtl\u202eevil\u2066", "rtl\\u202eevil\\u2066")]
    [InlineData("sep\u2028\u2029", "sep\\u2028\\u2029")]
    public void ControlCharactersAreWrittenAsEscapes(string input, string expected) => Assert.Equal(expected, ShownText.Escape(input));

    [Fact]
    public void ASurrogateWithoutItsPairIsEscapedAndAPairIsKept()
    {
        // Built here: an attribute argument cannot carry a lone surrogate.
        var input = "lone" + (char)0xd800 + " pair" + char.ConvertFromUtf32(0x1f600) + " low" + (char)0xdc00;
        Assert.Equal("lone\\ud800 pair" + char.ConvertFromUtf32(0x1f600) + " low\\udc00", ShownText.Escape(input));
    }

    [Fact]
    public void AShortLineIsShownWholeWithTheCaretUnderTheSpan()
    {
        var (line, caret) = ShownText.Line(new SourceText("FROM a\nRUN curl x\n"), new SourceSpan(2, 5, 2, 9));
        Assert.Equal("RUN curl x", line);
        Assert.Equal("    ^~~~", caret);
    }

    [Fact]
    public void ALongLineIsCutAroundTheSpan()
    {
        var text = new string('a', 10_000) + "NEEDLE" + new string('b', 10_000);
        var (line, caret) = ShownText.Line(new SourceText(text), new SourceSpan(1, 10_001, 1, 10_007));
        Assert.Equal("…" + new string('a', ShownText.Context) + "NEEDLE" + new string('b', ShownText.Context) + "…", line);
        Assert.Equal(new string(' ', ShownText.Context + 1) + "^~~~~~", caret);
    }

    [Fact]
    public void AHugeSpanIsCutToo()
    {
        var text = "RUN " + new string('x', 100_000);
        var (line, caret) = ShownText.Line(new SourceText(text), new SourceSpan(1, 5, 1, 100_005));
        Assert.True(line.Length < ShownText.MaxWholeLine + 10, line.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("…", line, StringComparison.Ordinal);
        Assert.Equal("    ^" + new string('~', ShownText.MaxSpan - 1), caret);
    }

    [Fact]
    public void CaretsLineUpUnderEscapedCharacters()
    {
        var (line, caret) = ShownText.Line(new SourceText("a\u001bb BAD"), new SourceSpan(1, 5, 1, 8));
        Assert.Equal("a\\x1bb BAD", line);
        Assert.Equal("       ^~~", caret);
    }

    [Fact]
    public void SarifSnippetsAreLeftOutForLongSpansAndContextIsAWindow()
    {
        var text = new SourceText("RUN " + new string('x', 50_000) + " curl -k https://e.example\n");
        var span = new SourceSpan(1, 50_006, 1, 50_010);
        Assert.Equal("curl", ShownText.RegionSnippet(text, span));
        Assert.Null(ShownText.RegionSnippet(text, new SourceSpan(1, 1, 1, 50_000)));
        var context = ShownText.ContextRegion(text, span)!.Value;
        Assert.Equal((1, 50_006 - ShownText.Context, 1), (context.StartLine, context.StartColumn, context.EndLine));
        Assert.Contains("curl -k", context.Text, StringComparison.Ordinal);
        Assert.True(context.Text.Length <= ShownText.MaxWholeLine);
        Assert.Equal(context.Text.Length, context.EndColumn - context.StartColumn);

        var shortText = new SourceText("FROM a\nRUN x\n");
        Assert.Equal((2, 1, 2, 6, "RUN x"), ShownText.ContextRegion(shortText, new SourceSpan(2, 5, 2, 6)));
    }

    [Fact]
    public void MsBuildEscapesPathsAndShowsSuppressedFindingsOnlyWhenAsked()
    {
        var forged = new Finding { RuleId = "CL0002", Severity = Severity.Error, Message = "m\u001b[2J", File = "x\nsrc/a.cs(1,1): error CS0001: forged", Span = new SourceSpan(1, 1, 1, 2) };
        var line = MSBuildReporter.Format(forged);
        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain('\u001b', line);
        Assert.StartsWith("x\\nsrc/a.cs(1,1): error CS0001: forged(1,1,1,2): error CL0002: m\\x1b[2J", line, StringComparison.Ordinal);

        var suppressed = forged with { File = "Dockerfile", Message = "m", Suppressed = true, SuppressionJustification = "on purpose" };
        var report = new LintReport
        {
            ToolName = "containerlint",
            ToolVersion = "0",
            Files = [new ReportedFile("Dockerfile", FileKind.Dockerfile)],
            Findings = new[] { suppressed },
            Catalog = RuleCatalog.Default,
        };
        Assert.Equal("", Write(new MSBuildReporter(), report));
        Assert.Equal("Dockerfile(1,1,1,2): info CL0002: m (suppressed: on purpose)\n", Write(new MSBuildReporter(), report with { IncludeSuppressed = true }));
    }

    [Fact]
    public void CheckstyleStaysValidXmlWithControlCharacters()
    {
        var finding = new Finding { RuleId = "CL0003", Severity = Severity.Warning, Message = "Unknown instruction '\u0001x\u001b'", File = "a\u0002/Dockerfile", Span = new SourceSpan(1, 1, 1, 2) };
        var report = new LintReport
        {
            ToolName = "containerlint",
            ToolVersion = "0",
            Files = [new ReportedFile(finding.File, FileKind.Dockerfile)],
            Findings = new[] { finding },
            Catalog = RuleCatalog.Default,
        };
        var xml = Write(new CheckstyleReporter(), report);
        var document = System.Xml.Linq.XDocument.Parse(xml);
        Assert.Equal("Unknown instruction '\\x01x\\x1b'", document.Root!.Element("file")!.Element("error")!.Attribute("message")!.Value);
        Assert.Equal("a\\x02/Dockerfile", document.Root.Element("file")!.Attribute("name")!.Value);
    }

    private static string Write(IReporter reporter, LintReport report)
    {
        var writer = new StringWriter { NewLine = "\n" };
        reporter.Write(report, writer);
        return writer.ToString();
    }
}
