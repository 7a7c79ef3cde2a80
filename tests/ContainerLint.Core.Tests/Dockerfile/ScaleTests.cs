namespace ContainerLint.Core.Tests.Dockerfile;

using System.Diagnostics;
using System.Text;
using ContainerLint.Core.Dockerfile;
using ContainerLint.Core.Model;

/// <summary>Runs timing-sensitive tests alone so other tests do not eat their time budget.</summary>
[CollectionDefinition(nameof(ScaleCollection), DisableParallelization = true)]
public sealed class ScaleCollection
{
}

/// <summary>
/// Huge and hostile inputs: linear time, no deep recursion, an exact error position. The budget is
/// generous for a 2-core CI machine; quadratic behaviour on these sizes would take minutes.
/// </summary>
[Collection(nameof(ScaleCollection))]
public sealed class ScaleTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    private static DockerfileParseResult Timed(string text)
    {
        var sw = Stopwatch.StartNew();
        var r = DockerfileParser.Parse(text);
        sw.Stop();
        Assert.True(sw.Elapsed < Budget, $"parsing took {sw.Elapsed}");
        return r;
    }

    [Fact]
    public void A20MegabyteSingleLineRunIsALineLengthErrorAtTheLimit()
    {
        var r = Timed("FROM a\nRUN echo " + new string('x', 20_000_000) + "\n");
        Assert.Equal("CL0002", r.Error!.Id);
        Assert.Equal(SourceSpan.Point(2, 65536), r.Error.Span);
    }

    [Fact]
    public void A20MegabyteRunOverContinuationLinesParses()
    {
        var sb = new StringBuilder("FROM a\nRUN echo ");
        var chunk = new string('y', 60_000);
        for (var i = 0; i < 340; i++) sb.Append(chunk).Append(" \\\n");
        sb.Append("done\n");
        var r = Timed(sb.ToString());
        Assert.True(r.Succeeded, r.Error?.Message);
        var run = r.Instructions[1];
        Assert.True(run.Rest.Length > 20_000_000);
        Assert.Equal(new SourceSpan(342, 1, 342, 5), run.MapSpan(run.Rest.Length - 4, run.Rest.Length));
    }

    [Fact]
    public void A20MegabyteJsonExecFormParses()
    {
        var sb = new StringBuilder("FROM a\nCMD [\"");
        var chunk = new string('z', 60_000);
        for (var i = 0; i < 340; i++) sb.Append(chunk).Append("\\\n");
        sb.Append("\", \"end\"]\n");
        var r = Timed(sb.ToString());
        Assert.True(r.Succeeded, r.Error?.Message);
        Assert.True(r.Instructions[1].IsJsonForm);
        Assert.Equal("end", r.Instructions[1].Arguments[1].Value);
        Assert.Equal(new SourceSpan(342, 4, 342, 9), r.Instructions[1].Arguments[1].Span);
    }

    [Fact]
    public void TwoHundredThousandContinuationLinesParse()
    {
        var sb = new StringBuilder("FROM a\nRUN apt-get install -y \\\n");
        for (var i = 0; i < 200_000; i++) sb.Append("    pkg").Append(i).Append(" \\\n");
        sb.Append("    last\n");
        var r = Timed(sb.ToString());
        Assert.True(r.Succeeded);
        var run = r.Instructions[1];
        Assert.Equal(200_003, run.Span.EndLine);
        var at = run.Rest.IndexOf("pkg123456 ", StringComparison.Ordinal);
        Assert.Equal(new SourceSpan(123_459, 5, 123_459, 14), run.MapSpan(at, at + 9));
    }

    [Fact]
    public void DeeplyNestedJsonAndManyInstructionsStayIterative()
    {
        var nested = new StringBuilder("FROM a\nCMD [\"a\", ");
        for (var i = 0; i < 1_000; i++)
        {
            nested.Append(new string('[', 60)).Append(" \\\n");
        }

        nested.Append('\n');
        var r = Timed(nested.ToString());
        Assert.True(r.Succeeded, r.Error?.Message);
        Assert.False(r.Instructions[1].IsJsonForm);

        var many = new StringBuilder("FROM a\n");
        for (var i = 0; i < 50_000; i++) many.Append("ENV K").Append(i).Append("=v").Append(i).Append('\n');
        var sw = Stopwatch.StartNew();
        var doc = DockerfileDocument.Parse(many.ToString());
        Assert.True(sw.Elapsed < Budget, $"parsing took {sw.Elapsed}");
        Assert.Equal(50_001, doc.Instructions.Count);
        Assert.Equal("v49998", doc.Stages.ScopeAt(doc.Instructions[^1]).Lookup("K49998"));
    }

    [Fact]
    public void AHugeHeredocBodyParses()
    {
        var sb = new StringBuilder("FROM a\nRUN <<EOF\n");
        for (var i = 0; i < 200_000; i++) sb.Append("echo line ").Append(i).Append('\n');
        sb.Append("EOF\n");
        var r = Timed(sb.ToString());
        Assert.True(r.Succeeded);
        Assert.Equal(new SourceSpan(200_003, 1, 200_003, 4), r.Instructions[1].Heredocs[0].TerminatorSpan);
    }

    [Fact]
    public void ManyStagesAndPragmasStayLinear()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 30_000; i++)
        {
            sb.Append("# containerlint ignore=CL1001 -- generated\n");
            sb.Append("FROM ").Append(i == 0 ? "alpine" : "s" + (i - 1)).Append(" AS s").Append(i).Append('\n');
            sb.Append("COPY --from=s0 /a /b\n");
        }

        var sw = Stopwatch.StartNew();
        var parsed = DockerfileFrontEnd.Parse(new Engine.LintInput("Dockerfile", new Core.Text.SourceText(sb.ToString())));
        Assert.True(sw.Elapsed < Budget, $"parsing took {sw.Elapsed}");
        var graph = parsed.Document!.Stages;
        Assert.Equal(30_000, graph.Stages.Count);
        Assert.Same(graph.Stages[29_998], graph.Final!.BaseStage);
        Assert.Same(graph.Stages[0], graph.Final.CopyFrom.Single().Stage);
        Assert.Equal(30_000, parsed.Suppressions.Count);
        Assert.Equal((89_999, 89_999), (parsed.Suppressions[^1].FirstLine, parsed.Suppressions[^1].LastLine));
    }
}
