namespace ContainerLint.Core.Tests.Dockerfile;

using ContainerLint.Core.Dockerfile;
using ContainerLint.Core.Model;

/// <summary>Spans of instructions, keywords, flags, arguments and heredocs, including text on continuation lines.</summary>
public sealed class SpanTests
{
    private static Instruction Second(string text)
    {
        var r = DockerfileParser.Parse("FROM scratch\n" + text);
        Assert.True(r.Succeeded, r.Error?.Message);
        return r.Instructions[1];
    }

    private static SourceSpan S(int l, int c, int el, int ec) => new(l, c, el, ec);

    [Fact]
    public void KeywordFlagsAndArgumentsOfASingleLine()
    {
        var i = Second("  COPY --link --chmod=755 --from=build /app/out /srv\n");
        Assert.Equal(S(2, 3, 2, 53), i.Span);
        Assert.Equal(S(2, 3, 2, 7), i.KeywordSpan);
        Assert.Equal(["--link", "--chmod=755", "--from=build"], i.Flags.Select(f => f.Text));
        Assert.Equal([S(2, 8, 2, 14), S(2, 15, 2, 26), S(2, 27, 2, 39)], i.Flags.Select(f => f.Span));
        var from = i.GetFlag("from")!;
        Assert.Equal(("from", "build"), (from.Name, from.Value));
        Assert.Equal(S(2, 29, 2, 33), from.NameSpan);
        Assert.Equal(S(2, 34, 2, 39), from.ValueSpan);
        Assert.Null(i.GetFlag("link")!.Value);
        Assert.Null(i.GetFlag("link")!.ValueSpan);
        Assert.Equal([S(2, 40, 2, 48), S(2, 49, 2, 53)], i.Arguments.Select(a => a.Span));
        Assert.Equal("/app/out /srv", i.Rest);
        Assert.Equal(S(2, 40, 2, 53), i.RestSpan);
    }

    [Fact]
    public void ArgumentsOnContinuationLinesMapToTheirOwnLine()
    {
        var i = Second("RUN --mount=type=cache,target=/var/cache/apt \\\n    --mount=type=secret,id=npmrc \\\n    apt-get update \\\n  # a comment inside\n    && apt-get install -y curl\n");
        Assert.Equal(S(2, 1, 6, 31), i.Span);
        Assert.Equal([S(2, 5, 2, 45), S(3, 5, 3, 33)], i.Flags.Select(f => f.Span));
        Assert.Equal(S(3, 13, 3, 33), i.GetFlags("mount").Last().ValueSpan);
        Assert.Equal(S(4, 5, 6, 31), i.RestSpan);
        var install = i.Rest.IndexOf("install", StringComparison.Ordinal);
        Assert.Equal(S(6, 16, 6, 23), i.MapSpan(install, install + "install".Length));
        var update = i.Rest.IndexOf("update", StringComparison.Ordinal);
        Assert.Equal(S(4, 13, 4, 19), i.MapSpan(update, update + 6));
        // A span that crosses a join ends on the later line; one ending at a join stays on the earlier line.
        Assert.Equal(S(4, 13, 6, 7), i.MapSpan(update, i.Rest.IndexOf("&&", StringComparison.Ordinal) + 2));
        Assert.Equal(S(4, 5, 4, 20), i.MapSpan(0, "apt-get update ".Length));
    }

    [Fact]
    public void JsonElementsSpanTheirLiteralsAndEnvPairsTheirParts()
    {
        var cmd = Second("CMD [\"dotnet\", \"app.dll\"]\n");
        Assert.True(cmd.IsJsonForm);
        Assert.Equal([S(2, 6, 2, 14), S(2, 16, 2, 25)], cmd.Arguments.Select(a => a.Span));

        var env = Second("ENV A=1 \\\n    B=\"two words\"\n");
        Assert.Equal(["A", "B"], env.KeyValues.Select(k => k.Key));
        Assert.Equal([S(2, 5, 2, 6), S(3, 5, 3, 6)], env.KeyValues.Select(k => k.KeySpan));
        Assert.Equal([S(2, 7, 2, 8), S(3, 7, 3, 18)], env.KeyValues.Select(k => k.ValueSpan!.Value));

        var legacy = Second("ENV PATH /usr/local/bin:$PATH\n");
        var kv = Assert.Single(legacy.KeyValues);
        Assert.True(kv.IsLegacyForm);
        Assert.Equal(("PATH", "/usr/local/bin:$PATH"), (kv.Key, kv.Value));
        Assert.Equal(S(2, 10, 2, 30), kv.ValueSpan);

        var arg = Second("ARG VERSION\n");
        Assert.Null(Assert.Single(arg.KeyValues).Value);
    }

    [Fact]
    public void HeredocMarkerBodyAndTerminatorSpans()
    {
        var i = Second("RUN <<EOF bash\nset -e\napt-get update\nEOF\nUSER app\n");
        var h = Assert.Single(i.Heredocs);
        Assert.Equal(S(2, 5, 2, 10), h.MarkerSpan);
        Assert.Equal(S(3, 1, 4, 15), h.BodySpan);
        Assert.Equal(S(5, 1, 5, 4), h.TerminatorSpan);
        Assert.Equal(S(2, 1, 2, 15), i.Span);
        Assert.Equal(S(2, 1, 5, 4), i.FullSpan);
        Assert.Equal((2, 5), (i.StartLine, i.EndLine));
        var at = h.Content.IndexOf("update", StringComparison.Ordinal);
        Assert.Equal(S(4, 9, 4, 15), h.MapSpan(at, at + 6));
    }

    [Fact]
    public void OnbuildSubInstructionHasItsOwnSpans()
    {
        var i = Second("ONBUILD COPY --from=x a \\\n  b\n");
        var sub = i.OnBuild!;
        Assert.Equal(InstructionKind.Copy, sub.Kind);
        Assert.Equal(S(2, 9, 2, 13), sub.KeywordSpan);
        Assert.Equal(S(2, 14, 2, 22), sub.Flags[0].Span);
        Assert.Equal([S(2, 23, 2, 24), S(3, 3, 3, 4)], sub.Arguments.Select(a => a.Span));
        Assert.Equal(S(2, 9, 3, 4), sub.Span);
    }

    [Fact]
    public void WindowsEscapeAndCrlfKeepColumns()
    {
        var r = DockerfileParser.Parse("# escape=`\r\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\r\nRUN powershell -Command `\r\n    $ErrorActionPreference = 'Stop'; `\r\n    Invoke-WebRequest -Uri https://x/y.zip -OutFile C:\\y.zip\r\n");
        Assert.True(r.Succeeded);
        var run = r.Instructions[1];
        var uri = run.Rest.IndexOf("https://", StringComparison.Ordinal);
        Assert.Equal(S(5, 28, 5, 39), run.MapSpan(uri, uri + "https://x/y".Length));
        Assert.Equal(S(3, 1, 5, 61), run.Span);
    }

    [Theory]
    [InlineData("RUN a \\\n\n# c\n", 2, 2, 4)]
    [InlineData("RUN a \\\n  b\n\n", 2, 3, 3)]
    [InlineData("RUN a\n# c\n", 2, 2, 2)]
    [InlineData("RUN <<EOF\nx\nEOF\n", 2, 2, 4)]
    public void EndLinesFollowBuildKit(string text, int start, int spanEnd, int end)
    {
        var i = DockerfileParser.Parse("FROM a\n" + text).Instructions[1];
        Assert.Equal((start, spanEnd, end), (i.StartLine, i.Span.EndLine, i.EndLine));
    }
}
