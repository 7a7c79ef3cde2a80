namespace ContainerLint.Core.Tests.Dockerfile;

using ContainerLint.Core.Dockerfile;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Text;

/// <summary>Hundreds of official-image-style Dockerfiles parse without any CL0xxx and with spans that point at the text they name.</summary>
public sealed class RobustnessTests
{
    public static IEnumerable<object[]> Files => OfficialImageCorpus.All().Select(f => new object[] { f.Name });

    private static readonly Dictionary<string, string> Texts = OfficialImageCorpus.All().ToDictionary(f => f.Name, f => f.Text);

    [Fact]
    public void ThereAreSeveralHundredFiles()
    {
        Assert.InRange(Texts.Count, 300, 1000);
        Assert.True(Texts.Values.Sum(t => t.Split('\n').Length) > 15000);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ParsesCleanlyWithSensibleSpans(string name)
    {
        var source = new SourceText(Texts[name]);
        var parsed = DockerfileFrontEnd.Parse(new LintInput(name, source));
        Assert.Empty(parsed.Diagnostics.Select(d => $"{d.RuleIdOverride} {d.Span} {string.Join(",", d.Args)}"));
        var doc = parsed.Document!;
        Assert.NotEmpty(doc.Stages.Stages);
        Assert.NotNull(doc.Stages.Final);

        string At(Model.SourceSpan s) =>
            source.Text[source.GetOffset(s.Line, s.Column)..source.GetOffset(s.EndLine, s.EndColumn)];

        foreach (var i in doc.AllInstructions())
        {
            Assert.NotEqual(InstructionKind.Unknown, i.Kind);
            Assert.Equal(i.Keyword, At(i.KeywordSpan));
            Assert.True(i.Span.Line <= i.Span.EndLine && i.EndLine >= i.Span.EndLine);
            Assert.StartsWith(i.Keyword, At(i.Span), StringComparison.Ordinal);
            foreach (var f in i.Flags)
            {
                Assert.StartsWith("--", At(f.Span), StringComparison.Ordinal);
                Assert.Equal(f.Name, At(f.NameSpan));
                if (f.ValueSpan is { } vs && f.Span.Line == f.Span.EndLine) Assert.Equal(f.Value, At(vs));
            }

            foreach (var a in i.Arguments.Where(a => a.Span.Line == a.Span.EndLine && a.Value.Length > 0))
            {
                var text = At(a.Span);
                if (i.Kind == InstructionKind.Healthcheck && a == i.Arguments[0]) Assert.Equal(a.Value, text);
                else if (i.IsJsonForm) Assert.StartsWith("\"", text, StringComparison.Ordinal);
                else Assert.Equal(a.Value, text);
            }

            foreach (var h in i.Heredocs)
            {
                Assert.Contains(h.Name, At(h.MarkerSpan), StringComparison.Ordinal);
                Assert.Equal(h.Name, At(h.TerminatorSpan).TrimStart('\t'));
                Assert.True(h.BodySpan.Line > i.Span.Line);
            }
        }

        foreach (var stage in doc.Stages.Stages)
        {
            Assert.Equal(stage.From.Arguments[0].Value, At(stage.BaseImage.Span));
        }
    }

    [Fact]
    public void KnownShapesOfTheTemplatesAreUnderstood()
    {
        var buildkitStyle = DockerfileDocument.Parse(Texts["template4-postgres-v0"]);
        Assert.Equal(["syntax", "check"], buildkitStyle.Directives.Select(d => d.Name));
        var g = buildkitStyle.Stages;
        Assert.Equal(["xx", "golatest", "gobase", "build", "release"], g.Stages.Select(s => s.Name));
        Assert.Equal("golang:1.22-alpine3.19", g.Stages[1].BaseImage.Value);
        Assert.Same(g.Stages[1], g.Stages[2].BaseStage);
        var release = g.Final!;
        Assert.Same(g.Stages[0], g.Stages[2].CopyFrom[0].Stage);
        Assert.Same(g.Stages[3], release.CopyFrom.Single().Stage);
        var awk = release.OfKind(InstructionKind.Run).Last();
        Assert.Equal([("IN1", 3), ("IN2", 4), ("AWK", (int?)null)], awk.Heredocs.Select(h => (h.Name, h.FileDescriptor)));
        Assert.Equal(5, g.Stages[3].Instructions[1].GetFlags("mount").Count());

        var windows = DockerfileDocument.Parse(Texts["template5-redis-v1"]);
        Assert.Equal('`', windows.EscapeChar);
        Assert.Equal("mcr.microsoft.com/windows/servercore:ltsc2022", windows.Stages.Final!.BaseImage.Value);
        var copy = windows.Stages.Final.CopyFrom.Single();
        Assert.True(copy.IsExternalImage);
        var json = windows.Stages.Final.OfKind(InstructionKind.Copy).First();
        Assert.Equal(["app files", "C:\\app\\"], json.Arguments.Select(a => a.Value));

        var dotnet = DockerfileDocument.Parse(Texts["template2-mongo-v2"]);
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled", dotnet.Stages.Final!.BaseImage.Value);
        Assert.Equal(["ASPNETCORE_HTTP_PORTS", "DOTNET_RUNNING_IN_CONTAINER", "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"],
            dotnet.Stages.Final.OfKind(InstructionKind.Env).Single().KeyValues.Select(k => k.Key));
        Assert.Equal("$APP_UID", dotnet.Stages.Final.OfKind(InstructionKind.User).Single().Arguments[0].Value);
    }
}
