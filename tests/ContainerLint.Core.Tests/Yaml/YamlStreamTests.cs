namespace ContainerLint.Core.Tests.Yaml;

using System.Text;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;
using ContainerLint.Core.Yaml;

public sealed class YamlStreamTests
{
    private static YamlStream Load(string text) => YamlStream.Load(new SourceText(text));

    [Fact]
    public void ScalarSpansAreExactForKeysAndValues()
    {
        var s = Load("a:\n  b: true\n  c: \"x y\"\n");
        var a = Assert.IsType<YamlMapping>(s.Documents[0].Root).GetMapping("a")!;
        var b = a.Find("b")!;
        Assert.Equal(new SourceSpan(2, 3, 2, 4), b.Key.Span);
        Assert.Equal(new SourceSpan(2, 6, 2, 10), b.Value.Span);
        Assert.Equal(new SourceSpan(3, 6, 3, 11), a.Find("c")!.Value.Span);
        Assert.Equal(new SourceSpan(2, 3, 3, 11), a.Span);
    }

    [Fact]
    public void CrLfLineEndsKeepColumns()
    {
        var s = Load("a: 1\r\nb: two\r\n");
        var b = ((YamlMapping)s.Documents[0].Root!).Find("b")!;
        Assert.Equal(new SourceSpan(2, 4, 2, 7), b.Value.Span);
    }

    [Fact]
    public void MultiDocumentStreamsKeepEmptyDocumentsAndLeadingComments()
    {
        var s = Load("# leading\n---\na: 1\n---\n---\nb: 2\n...\n");
        Assert.Equal(3, s.Documents.Count);
        Assert.Null(s.Documents[1].Root);
        Assert.Equal(6, s.Documents[2].Span.Line);
        Assert.Empty(s.Diagnostics);
    }

    [Fact]
    public void DuplicateKeysWarnAndTheLastValueWins()
    {
        var s = Load("a: 1\nb: 2\na: 3\n");
        var root = (YamlMapping)s.Documents[0].Root!;
        Assert.Equal("3", root.GetString("a"));
        var d = Assert.Single(s.Diagnostics);
        Assert.Equal(DiagnosticIds.DuplicateKey, d.RuleIdOverride);
        Assert.Equal(new SourceSpan(3, 1, 3, 2), d.Span);
        Assert.False(s.Failed);
    }

    [Fact]
    public void AliasesShareTheAnchoredNode()
    {
        var s = Load("base: &b {x: 1}\nother: *b\nmerged:\n  <<: *b\n  y: 2\n");
        var root = (YamlMapping)s.Documents[0].Root!;
        Assert.Same(root["base"], root["other"]);
        Assert.Equal("1", root.GetMapping("merged")!.GetString("x"));
        Assert.Equal("2", root.GetMapping("merged")!.GetString("y"));
    }

    [Fact]
    public void AnAliasBombIsBuiltWithoutExpansion()
    {
        var sb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i <= 9; i++)
        {
            sb.Append($"a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))).Append("]\n");
        }

        var s = Load(sb.ToString());
        Assert.Empty(s.Diagnostics);
        var root = (YamlMapping)s.Documents[0].Root!;
        Assert.Same(root["a8"], ((YamlSequence)root["a9"]!).Items[0]);
    }

    [Fact]
    public void CustomTagsAreInertText()
    {
        var s = Load("a: !!python/object:os.system [\"rm -rf /\"]\nb: !custom 5\n");
        var root = (YamlMapping)s.Documents[0].Root!;
        Assert.Equal("tag:yaml.org,2002:python/object:os.system", root["a"]!.Tag);
        Assert.Equal("5", root.GetString("b"));
        Assert.Empty(s.Diagnostics);
    }

    [Fact]
    public void FlowStyleWithTrailingCommasAndJsonParse()
    {
        var s = Load("{\"a\": [1, 2,], \"b\": {\"c\": true,},}");
        Assert.Empty(s.Diagnostics);
        var root = (YamlMapping)s.Documents[0].Root!;
        Assert.Equal(2, root.GetSequence("a")!.Items.Count);
        Assert.Equal(new SourceSpan(1, 27, 1, 31), root.GetMapping("b")!.Find("c")!.Value.Span);
    }

    [Fact]
    public void ParseErrorsCarryYamlDotNetsPosition()
    {
        var s = Load("a: 1\nb: 2\n  c: 3\n");
        Assert.True(s.Failed);
        var d = Assert.Single(s.Diagnostics);
        Assert.Equal(DiagnosticIds.ParseError, d.RuleIdOverride);
        Assert.Equal(3, d.Span.Line);
        Assert.Contains("YAML syntax error", d.Args[0]);
    }

    [Theory]
    [InlineData("[", 200_000)]
    [InlineData("{\"a\":", 100_000)]
    public void DeepFlowNestingIsRejectedWithoutRecursion(string open, int depth)
    {
        var text = string.Concat(Enumerable.Repeat(open, depth));
        var s = Load(text);
        var d = Assert.Single(s.Diagnostics);
        Assert.Equal(DiagnosticIds.LimitExceeded, d.RuleIdOverride);
        Assert.Empty(s.Documents);
    }

    [Fact]
    public void DeepBlockNestingIsRejectedAtTheCap()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 3000; i++) sb.Append(' ', i).Append('k').Append(i).Append(":\n");
        var s = Load(sb.ToString());
        var d = Assert.Single(s.Diagnostics);
        Assert.Equal(DiagnosticIds.LimitExceeded, d.RuleIdOverride);
    }

    [Fact]
    public void NestingJustUnderTheCapLoads()
    {
        var s = Load(new string('[', 400) + new string(']', 400));
        Assert.Empty(s.Diagnostics);
        Assert.Single(s.Documents);
    }

    [Fact]
    public void FieldEndLinesCoverTheWholeEntry()
    {
        var s = Load("a:\n  b:\n    c: 1\n    d: 2\ne: 3\n");
        Assert.Equal(4, s.FieldEndLine(1));
        Assert.Equal(4, s.FieldEndLine(2));
        Assert.Equal(5, s.FieldEndLine(5));
        Assert.Null(s.FieldEndLine(6));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("yes", true)]
    [InlineData("off", false)]
    [InlineData("\"true\"", null)]
    public void BooleansResolveLikeTheApiServer(string text, bool? expected) =>
        Assert.Equal(expected, ((YamlMapping)Load("a: " + text).Documents[0].Root!).GetBoolean("a"));

    [Theory]
    [InlineData("apiVersion: v1\nkind: Pod\nmetadata: {name: a\nspec: {}\n", 4, 1, "the flow mapping '{' opened at line 3, column 11 is not closed with '}' before this point.")]
    [InlineData("apiVersion: v1\nkind: Pod\nspec:\n  containers: [{name: c}\n  hostNetwork: true\n", 5, 3, "the flow sequence '[' opened at line 4, column 15 is not closed with ']' before this point.")]
    public void AScannerFailureIsReportedWhereItStoppedWithTheOpenCollection(string text, int line, int column, string message)
    {
        // YamlDotNet throws a bare InvalidOperationException here; it used to become CL0002 at 1:1 with .NET's default text.
        var error = Assert.Single(Load(text).Diagnostics);
        Assert.Equal(DiagnosticIds.ParseError, error.RuleIdOverride);
        Assert.Equal((line, column), (error.Span.Line, error.Span.Column));
        Assert.Equal("YAML syntax error: " + message, error.Args[0]);
    }
}
