namespace ContainerLint.Core.Tests.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Dockerfile;
using ContainerLint.Core.Dockerfile.Context;
using ContainerLint.Core.Dockerfile.Rules;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>
/// Lints a Dockerfile snippet through the real engine (parser, facts, catalog, suppressions) with every built-in
/// Dockerfile rule. Rule tests are written in markup, as Roslyn analyzer tests are: <c>{|CL1051:openssh-server|}</c>
/// marks the exact span where the rule must report, and the rule must report nowhere else.
/// </summary>
internal static class DockerfileRuleHarness
{
    private static readonly LintEngine Engine = new(RuleCatalog.Default, [DockerfileFrontEnd.Create(DockerfileRules.All)]);

    /// <param name="dockerfile">The Dockerfile text.</param>
    /// <param name="configuration">The configuration (policy <c>all</c> when null).</param>
    /// <param name="dockerIgnore">The .dockerignore beside it, if any.</param>
    /// <param name="context">Its build context, if any (a listing in memory or a folder on disk).</param>
    public static IReadOnlyList<Finding> Lint(string dockerfile, LintConfiguration? configuration = null, string? dockerIgnore = null, BuildContext? context = null)
    {
        var input = new LintInput("Dockerfile", new SourceText(dockerfile)) { DockerIgnore = dockerIgnore, BuildContext = context };
        var all = configuration ?? LintConfiguration.Default with { Policy = Policies.All };
        return Engine.Lint(input, FileKind.Dockerfile, all).Findings;
    }

    /// <summary>
    /// Asserts that <paramref name="ruleId"/> reports exactly the spans marked <c>{|ruleId:…|}</c> in <paramref name="markup"/>
    /// (unsuppressed findings, policy <c>all</c> unless <paramref name="configuration"/> says otherwise).
    /// </summary>
    public static void Verify(string ruleId, string markup, LintConfiguration? configuration = null, string? dockerIgnore = null, BuildContext? context = null)
    {
        var (source, expected) = Markup.Parse(markup);
        Assert.All(expected, e => Assert.Equal(ruleId, e.RuleId));
        var actual = Findings(ruleId, source, configuration, dockerIgnore, context).Select(f => $"{f.RuleId}@{f.Span}").Order(StringComparer.Ordinal);
        Assert.Equal(expected.Select(e => $"{e.RuleId}@{e.Span}").Order(StringComparer.Ordinal), actual);
    }

    /// <summary>Unsuppressed findings of one rule as <c>ID@(l,c,el,ec)</c>, in output order.</summary>
    public static string[] Hits(string ruleId, string dockerfile, LintConfiguration? configuration = null, string? dockerIgnore = null, BuildContext? context = null) =>
        Findings(ruleId, dockerfile, configuration, dockerIgnore, context).Select(f => $"{f.RuleId}@{f.Span}").ToArray();

    /// <summary>Unsuppressed findings of one rule with their messages.</summary>
    public static Finding[] Findings(string ruleId, string dockerfile, LintConfiguration? configuration = null, string? dockerIgnore = null, BuildContext? context = null) =>
        Lint(dockerfile, configuration, dockerIgnore, context).Where(f => f.RuleId == ruleId && !f.Suppressed).ToArray();
}

/// <summary>
/// Test markup: <c>{|CL1013:sudo|}</c> marks a span a rule must report. <see cref="Parse"/> returns the plain text and
/// the marked spans.
/// </summary>
internal static class Markup
{
    public static (string Source, IReadOnlyList<(string RuleId, SourceSpan Span)> Spans) Parse(string markup)
    {
        var text = new System.Text.StringBuilder(markup.Length);
        var open = new Stack<(string RuleId, int Start)>();
        var marked = new List<(string RuleId, int Start, int End)>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|')
            {
                var colon = markup.IndexOf(':', i + 2);
                Assert.True(colon > 0, $"markup '{{|' at offset {i} has no ':' after its rule id");
                open.Push((markup[(i + 2)..colon], text.Length));
                i = colon;
            }
            else if (markup[i] == '|' && i + 1 < markup.Length && markup[i + 1] == '}')
            {
                Assert.True(open.Count > 0, $"markup '|}}' at offset {i} closes nothing");
                var (id, start) = open.Pop();
                marked.Add((id, start, text.Length));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        Assert.True(open.Count == 0, "markup '{|' is not closed");
        var source = new SourceText(text.ToString());
        return (text.ToString(), marked.Select(m => (m.RuleId, source.GetSpan(m.Start, m.End))).ToArray());
    }
}
