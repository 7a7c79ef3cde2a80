namespace ContainerLint.Core.Tests.Yaml;

using System.Text;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;
using ContainerLint.Core.Yaml;

/// <summary>
/// The loader's fast paths (linear key lookup in small mappings, an index past 8 keys, the line cursor, the
/// depth pre-scan's shortcut) must give the same answers as the plain algorithms they replace.
/// </summary>
public sealed class YamlModelShapeTests
{
    private static YamlStream Load(string text) => YamlStream.Load(new SourceText(text));

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(30)]
    public void DuplicateKeysResolveTheSameOnBothSidesOfTheIndexThreshold(int keys)
    {
        // k0..k{n-1}, then k1 and the last key again: the last value wins, in the first key's slot.
        var sb = new StringBuilder();
        for (var i = 0; i < keys; i++) sb.Append('k').Append(i).Append(": v").Append(i).Append('\n');
        sb.Append("k1: again1\n").Append('k').Append(keys - 1).Append(": again-last\n");
        var s = Load(sb.ToString());
        var root = Assert.IsType<YamlMapping>(s.Documents[0].Root);

        Assert.Equal(Enumerable.Range(0, keys).Select(i => "k" + i), root.Entries.Select(e => e.KeyText));
        Assert.Equal("again1", root.GetString("k1"));
        Assert.Equal("again-last", root.GetString("k" + (keys - 1)));
        Assert.Equal("v0", root.GetString("k0"));
        Assert.Null(root.Find("absent"));
        Assert.Equal(
            [new SourceSpan(keys + 1, 1, keys + 1, 3), new SourceSpan(keys + 2, 1, keys + 2, 2 + (keys - 1).ToString(System.Globalization.CultureInfo.InvariantCulture).Length)],
            s.Diagnostics.Where(d => d.RuleIdOverride == DiagnosticIds.DuplicateKey).Select(d => d.Span));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(12)]
    public void MergeKeysAreNotOwnKeysAtAnySize(int keys)
    {
        var sb = new StringBuilder("base: &b {x: from-base, k0: from-base}\nm:\n  <<: *b\n  \"<<\": quoted\n");
        for (var i = 0; i < keys; i++) sb.Append("  k").Append(i).Append(": own").Append(i).Append('\n');
        var m = ((YamlMapping)Load(sb.ToString()).Documents[0].Root!).GetMapping("m")!;

        Assert.Equal("from-base", m.GetString("x"));
        Assert.Equal("own0", m.GetString("k0"));
        Assert.Equal("quoted", m.GetString("<<"));
        Assert.Equal(keys + 2, m.MergedEntries().Count);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void SpansAfterLongBlockScalarsAndBackwardJumpsAreExact(string eol)
    {
        // A block scalar of 12 lines moves the line cursor far ahead; the mapping's end span then refers back to its start.
        var lines = new List<string> { "a:", "  text: |" };
        lines.AddRange(Enumerable.Range(0, 12).Select(i => "    line " + i));
        lines.Add("  after: [x, y]");
        lines.Add("b: z");
        var s = Load(string.Join(eol, lines) + eol);
        var root = (YamlMapping)s.Documents[0].Root!;
        var a = root.GetMapping("a")!;

        Assert.Equal(new SourceSpan(15, 3, 15, 8), a.Find("after")!.Key.Span);
        // A flow collection ends where YamlDotNet's end mark stands: at its closing bracket (as the loader always has).
        Assert.Equal(new SourceSpan(15, 10, 15, 15), a.Find("after")!.Value.Span);
        Assert.Equal(new SourceSpan(2, 3, 15, 15), a.Span);
        Assert.Equal(new SourceSpan(16, 4, 16, 5), root.Find("b")!.Value.Span);
        Assert.Equal(15, s.FieldEndLine(1));
        Assert.Equal(15, s.FieldEndLine(15));
        Assert.Null(s.FieldEndLine(5));
    }

    [Theory]
    [InlineData(500, false)]
    [InlineData(501, true)]
    public void FlowNestingIsCheckedAgainstTheLimit(int depth, bool exceeds)
    {
        // The root sequence is level 1: 500 levels are read, the 501st opener is reported where it stands.
        var s = Load(new string('[', depth) + new string(']', depth) + "\n");
        Assert.Equal(exceeds, s.Diagnostics.Any(d => d.RuleIdOverride == DiagnosticIds.LimitExceeded));
        Assert.Equal(exceeds, s.Failed);
        if (exceeds) Assert.Equal(new SourceSpan(1, 501, 1, 501), s.Diagnostics.Single().Span);
    }

    [Theory]
    [InlineData("many shallow collections")]
    [InlineData("brackets in quotes")]
    [InlineData("brackets in comments")]
    public void BracketsThatDoNotNestDoNotCount(string shape)
    {
        var text = shape switch
        {
            "many shallow collections" => string.Concat(Enumerable.Range(0, 600).Select(i => $"k{i}: [{{a: 1}}]\n")),
            "brackets in quotes" => "a: [\"" + new string('[', 600) + "\", '" + new string('{', 600) + "']\n",
            _ => "# " + new string('[', 600) + "\na: 1\n",
        };
        var s = Load(text);
        Assert.DoesNotContain(s.Diagnostics, d => d.RuleIdOverride == DiagnosticIds.LimitExceeded);
        Assert.False(s.Failed);
    }
}
