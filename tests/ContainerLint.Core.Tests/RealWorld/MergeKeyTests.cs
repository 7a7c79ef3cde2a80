namespace ContainerLint.Core.Tests.RealWorld;

using System.Diagnostics;
using System.Text;
using ContainerLint.Core.Text;
using ContainerLint.Core.Yaml;

/// <summary>
/// Merge keys as real files use them (Compose <c>x-*</c> extension fields, anchored securityContexts), and as a
/// hostile file can abuse them: <c>&lt;&lt;: [*a, *a, …]</c> nested through aliases.
/// </summary>
public sealed class MergeKeyTests
{
    private static YamlMapping Root(string text) =>
        Assert.IsType<YamlMapping>(YamlStream.Load(new SourceText(text)).Documents[0].Root);

    [Theory]
    [InlineData("a: &a {k: 1}\nb: &b {k: 2, j: 3}\nm:\n  k: 0\n  <<: [*a, *b]\n", "k", "0")]
    [InlineData("a: &a {k: 1}\nb: &b {k: 2, j: 3}\nm:\n  <<: [*a, *b]\n", "k", "1")]
    [InlineData("a: &a {k: 1}\nb: &b {k: 2, j: 3}\nm:\n  <<: [*a, *b]\n", "j", "3")]
    [InlineData("a: &a {k: 1}\nb: &b {<<: *a}\nm:\n  <<: *b\n", "k", "1")]
    [InlineData("a: &a {k: 1}\nm:\n  \"<<\": *a\n", "k", null)]
    public void FindFollowsMergeKeysInYamlOrder(string text, string key, string? expected)
    {
        var m = Root(text).GetMapping("m")!;
        Assert.Equal(expected, m.GetString(key));
    }

    [Fact]
    public void MergedEntriesResolveOverridesAndDropTheMergeKey()
    {
        var m = Root("a: &a {k: 1, x: 9}\nb: &b {k: 2, j: 3, <<: *a}\nm:\n  k: 0\n  <<: [*b, *a]\n").GetMapping("m")!;
        var entries = m.MergedEntries().Select(e => e.KeyText + "=" + ((YamlScalar)e.Value).Value).ToList();
        Assert.Equal(["k=0", "j=3", "x=9"], entries);
    }

    [Fact]
    public void NestedMergeKeyAliasBombStaysLinear()
    {
        // Ten aliases per level, nine levels: 10^9 paths when every path is walked (148 s for one file before the fix).
        var sb = new StringBuilder("x0: &a0 {k: v}\n");
        for (var i = 1; i <= 9; i++) sb.Append($"x{i}: &a{i}\n  <<: [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        sb.Append("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: x\nspec:\n  <<: *a9\n  containers:\n  - name: c\n    image: r.example/c:1\n    securityContext:\n      <<: *a9\n      privileged: true\n");
        var watch = Stopwatch.StartNew();
        var result = RealWorldCorpus.LintBytes("bomb.yaml", Encoding.UTF8.GetBytes(sb.ToString()));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), "took " + watch.Elapsed);
        var privileged = Assert.Single(result.Findings, f => f.RuleId == "CL2001");
        Assert.Equal((32, 19), (privileged.Span.Line, privileged.Span.Column));
        Assert.Equal("v", Root(sb.ToString()).GetMapping("x9")!.GetString("k"));
    }

    [Fact]
    public void ComposeSecretInAMergedEnvironmentIsReportedWhereItIsWritten()
    {
        const string text = "x-env: &env\n  DB_PASSWORD: hunter2hunter2\n  TZ: UTC\nservices:\n  api:\n    image: r.example/api:1\n    environment:\n      <<: *env\n      LOG_LEVEL: info\n";
        var result = RealWorldCorpus.LintBytes("compose.yaml", Encoding.UTF8.GetBytes(text));
        var secret = Assert.Single(result.Findings, f => f.RuleId == "CL3015");
        Assert.Equal((2, 16), (secret.Span.Line, secret.Span.Column));
        Assert.DoesNotContain("hunter2", secret.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComposeServicesMergedFromAnExtensionFieldAreLinted()
    {
        const string text = "x-services: &svcs\n  cache:\n    image: redis:latest\nservices:\n  <<: *svcs\n  api:\n    image: r.example/api:1\n";
        var result = RealWorldCorpus.LintBytes("compose.yaml", Encoding.UTF8.GetBytes(text));
        Assert.Equal(["service/api", "service/cache"], result.Findings.Select(f => f.Object!).Distinct().Order(StringComparer.Ordinal));
        Assert.Single(result.Findings, f => f.RuleId == "CL3014" && f.Span.Line == 3);
    }
}
