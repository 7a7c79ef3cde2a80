namespace ContainerLint.Core.Tests.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Dockerfile;
using ContainerLint.Core.Dockerfile.Rules;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>
/// Lints a Dockerfile snippet through the real engine (parser, catalog, suppressions) with every
/// built-in Dockerfile rule, and renders findings as <c>CL1001@(line,col,endLine,endCol)</c> so rule
/// tests are table-driven: snippet -> expected ids and spans.
/// </summary>
internal static class DockerfileRuleHarness
{
    private static readonly LintEngine Engine = new(RuleCatalog.Default, [DockerfileFrontEnd.Create(DockerfileRules.All)]);

    public static IReadOnlyList<Finding> Lint(string dockerfile, LintConfiguration? configuration = null, string? dockerIgnore = null)
    {
        var input = new LintInput("Dockerfile", new SourceText(dockerfile)) { DockerIgnore = dockerIgnore };
        var all = configuration ?? LintConfiguration.Default with { Policy = Policies.All };
        return Engine.Lint(input, FileKind.Dockerfile, all).Findings;
    }

    /// <summary>Unsuppressed findings of one rule as <c>ID@(l,c,el,ec)</c>, in output order.</summary>
    public static string[] Hits(string ruleId, string dockerfile, LintConfiguration? configuration = null, string? dockerIgnore = null) =>
        Lint(dockerfile, configuration, dockerIgnore).Where(f => f.RuleId == ruleId && !f.Suppressed).Select(f => $"{f.RuleId}@{f.Span}").ToArray();

    /// <summary>Unsuppressed findings of one rule with their messages.</summary>
    public static Finding[] Findings(string ruleId, string dockerfile, LintConfiguration? configuration = null, string? dockerIgnore = null) =>
        Lint(dockerfile, configuration, dockerIgnore).Where(f => f.RuleId == ruleId && !f.Suppressed).ToArray();
}
