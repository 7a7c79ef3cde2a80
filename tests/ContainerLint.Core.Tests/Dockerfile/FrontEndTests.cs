namespace ContainerLint.Core.Tests.Dockerfile;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Dockerfile;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Text;

/// <summary>The front end end to end through <see cref="LintEngine"/>: parse diagnostics and inline suppressions.</summary>
public sealed class FrontEndTests
{
    /// <summary>A stand-in rule: fires on every RUN (at the keyword) and, for the final stage without USER, at its FROM.</summary>
    private sealed class EveryRunAndMissingUser : Rule<DockerfileFacts>
    {
        public override RuleMetadata Descriptor => Catalog.Get("CL1999");

        public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
        {
            foreach (var i in facts.Document.Instructions.Where(i => i.Kind == InstructionKind.Run)) hits.Add(new RuleHit(i.KeywordSpan, "run"));
            if (facts.Graph.Final is { } final && !final.OfKind(InstructionKind.User).Any())
            {
                hits.Add(new RuleHit(final.From.KeywordSpan, "nouser") { RuleIdOverride = "CL1998" });
            }
        }
    }

    private static readonly RuleCatalog Catalog = new(RuleCatalog.Default.Rules.Concat(
    [
        RuleCatalog.Parse("id: CL1999\nname: EveryRun\ntitle: t\nmessage: \"{0}\"\ndefaultSeverity: warning\nappliesTo: [dockerfile]\nrationale: r\n", "CL1999.yaml"),
        RuleCatalog.Parse("id: CL1998\nname: NoUser\ntitle: t\nmessage: \"{0}\"\ndefaultSeverity: warning\nappliesTo: [dockerfile]\nrationale: r\n", "CL1998.yaml"),
    ]));

    private static IReadOnlyList<Finding> Lint(string text, LintConfiguration? configuration = null)
    {
        var engine = new LintEngine(Catalog, [DockerfileFrontEnd.Create([new EveryRunAndMissingUser()])]);
        return engine.Lint(new LintInput("Dockerfile", new SourceText(text)), FileKind.Dockerfile, configuration ?? LintConfiguration.Default).Findings;
    }

    private static string[] Active(IReadOnlyList<Finding> findings) =>
        findings.Where(f => !f.Suppressed).Select(f => $"{f.RuleId}@{f.Span}").ToArray();

    [Fact]
    public void TheBuiltInListHasTheDockerfileFrontEnd()
    {
        Assert.Contains(BuiltInFrontEnds.All, f => f.Kind == FileKind.Dockerfile);
    }

    [Theory]
    [InlineData("", "CL0002@(1,1,1,1)")]
    [InlineData("# just a comment\n", "CL0002@(1,1,1,1)")]
    [InlineData("FROM a\nCMD [\"x\", 1]\n", "CL0002@(2,11,2,12)")]
    [InlineData("FROM a\nRUN <<EOF\nnever ends\n", "CL0010@(2,5,2,10)")]
    [InlineData("FROM a\nENV ONLYKEY\n", "CL0002@(2,5,2,12)")]
    public void FatalParseErrorsAreFindingsNotExceptions(string text, string expected)
    {
        var findings = Lint(text);
        Assert.Equal([expected], findings.Select(f => $"{f.RuleId}@{f.Span}"));
        Assert.Equal(Severity.Error, findings[0].Severity);
    }

    [Fact]
    public void UnterminatedHeredocMessageNamesTheTerminator()
    {
        Assert.Contains("'EOF'", Lint("FROM a\nRUN <<EOF\nx\n")[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WarningsKeepLintingGoing()
    {
        var findings = Lint("FROM a\nRUNN echo\nRUN a \\\n\n  b\nUSER app\n");
        Assert.Equal(["CL0003@(2,1,2,5)", "CL1999@(3,1,3,4)", "CL0004@(4,1,4,1)"], Active(findings));
        Assert.Contains("RUNN", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IgnoreSilencesTheNextInstructionIncludingContinuationAndHeredocLines()
    {
        var text = "FROM a\nUSER app\n# containerlint ignore=CL1999 -- vetted\nRUN x \\\n  y\nRUN z\n";
        var findings = Lint(text);
        Assert.Equal(["CL1999@(6,1,6,4)"], Active(findings));
        var suppressed = Assert.Single(findings, f => f.Suppressed);
        Assert.Equal("vetted", suppressed.SuppressionJustification);

        var parsed = DockerfileFrontEnd.Parse(new LintInput("Dockerfile", new SourceText("FROM a\n# containerlint ignore=CL1001,CL1002 -- why\nRUN <<EOF\nx\nEOF\n")));
        var s = Assert.Single(parsed.Suppressions);
        Assert.Equal((3, 5), (s.FirstLine, s.LastLine));
        Assert.Equal(["CL1001", "CL1002"], s.RuleIds.Order());
        Assert.Equal(new SourceSpan(2, 1, 2, 44), s.DirectiveSpan);
    }

    [Fact]
    public void AnAbsenceFindingAtTheFinalFromIsSilencedByACommentAboveThatFrom()
    {
        var text = "FROM a AS build\nRUN x\n# containerlint ignore=CL1998 -- distroless image runs as nonroot already\nFROM b\n";
        var findings = Lint(text);
        Assert.Equal(["CL1999@(2,1,2,4)"], Active(findings));
        Assert.Contains(findings, f => f.RuleId == "CL1998" && f.Suppressed);
    }

    [Fact]
    public void IgnoreFileSilencesEverywhere()
    {
        var findings = Lint("# containerlint ignore-file=CL1999 -- generated\nFROM a\nRUN x\nUSER u\nRUN y\n");
        Assert.Empty(Active(findings));
    }

    [Theory]
    [InlineData("# containerlint ignore CL1999\n")]
    [InlineData("# containerlint ignore=1999\n")]
    [InlineData("# containerlint ignore=CL19999\n")]
    [InlineData("# containerlint disable=CL1999\n")]
    [InlineData("# ContainerLint ignore=\n")]
    public void MalformedPragmasAreReported(string pragma)
    {
        var findings = Lint("FROM a\nUSER u\n" + pragma + "RUN x\n");
        Assert.Equal(["CL0008@(3,1,3," + (pragma.TrimEnd('\n').Length + 1) + ")", "CL1999@(4,1,4,4)"], Active(findings));
    }

    [Fact]
    public void HadolintPragmasAndPragmasInsideHeredocsAreNotOurs()
    {
        var findings = Lint("FROM a\nUSER u\n# hadolint ignore=CL1999\nRUN x\nRUN <<EOF\n# containerlint ignore=CL1999\nEOF\n");
        Assert.Equal(["CL1999@(4,1,4,4)", "CL1999@(5,1,5,4)"], Active(findings));
    }

    [Fact]
    public void AnUnusedIgnoreIsReported()
    {
        var findings = Lint("FROM a\nUSER u\n# containerlint ignore=CL1999 -- stale\nUSER v\n");
        Assert.Equal(["CL0007@(3,1,3,39)"], Active(findings));
    }
}
