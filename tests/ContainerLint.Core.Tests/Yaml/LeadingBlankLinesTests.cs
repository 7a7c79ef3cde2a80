namespace ContainerLint.Core.Tests.Yaml;

using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;
using ContainerLint.Core.Yaml;

/// <summary>
/// A block scalar whose first line holds only spaces (Helm's Loki config, Istio's add-on): valid YAML that Go's YAML and
/// kubectl read, refused by YamlDotNet's scanner; read through an indentation indicator with every span unchanged.
/// </summary>
public sealed class LeadingBlankLinesTests
{
    private const string HelmLoki = "kind: ConfigMap\ndata:\n  config.yaml: |\n    \n    auth_enabled: false\n    common:\n      path_prefix: /var/loki\nmetadata:\n  name: loki\n";

    [Fact]
    public void ABlankFirstLineNoDeeperThanTheBlockIsRead()
    {
        var s = YamlStream.Load(new SourceText(HelmLoki));
        Assert.Empty(s.Diagnostics);
        var root = Assert.IsType<YamlMapping>(s.Documents[0].Root);
        Assert.Equal("\nauth_enabled: false\ncommon:\n  path_prefix: /var/loki\n", root.GetMapping("data")!.GetString("config.yaml"));
        Assert.Equal("loki", root.GetMapping("metadata")!.GetString("name"));
        // Spans are those of the file: the name is on line 9, after the block.
        Assert.Equal(new SourceSpan(9, 9, 9, 13), root.GetMapping("metadata")!.Find("name")!.Value.Span);
    }

    [Theory]
    [InlineData("a:\n  b: |-\n      \n      x\n", "\nx")] // deeper nesting, a chomping indicator
    [InlineData("a: >\n  \n  folded\n  text\n", "\nfolded text\n")]
    [InlineData("a: |\r\n  \r\n  x\r\n", "\nx\n")] // CRLF line breaks
    public void OtherShapesOfTheSameBlock(string yaml, string expected)
    {
        var s = YamlStream.Load(new SourceText(yaml));
        Assert.Empty(s.Diagnostics);
        var root = Assert.IsType<YamlMapping>(s.Documents[0].Root);
        var value = root.GetString("a") ?? root.GetMapping("a")!.GetString("b");
        Assert.Equal(expected, value);
    }

    [Fact]
    public void ABlankFirstLineDeeperThanTheBlockIsStillAnError()
    {
        // YAML 1.2 8.1.1.1: leading empty lines must not have more spaces than the first non-empty line.
        var s = YamlStream.Load(new SourceText("a: |\n      \n  x\n"));
        Assert.Equal(DiagnosticIds.ParseError, Assert.Single(s.Diagnostics).RuleIdOverride);
    }
}
