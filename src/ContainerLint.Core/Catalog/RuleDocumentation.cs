namespace ContainerLint.Core.Catalog;

using System.Text;
using ContainerLint.Core.Model;

/// <summary>
/// Renders the Markdown documentation of the rules from the catalog: one page per rule
/// (rules/docs/CLnnnn.md) and an index (rules/docs/README.md). The same page is the
/// <c>containerlint explain</c> output and the SARIF rule's <c>help.markdown</c>.
/// </summary>
public static class RuleDocumentation
{
    /// <summary>The Markdown page of one rule. Uses "\n" line ends so generated files are identical on every OS.</summary>
    public static string RenderPage(RuleMetadata rule)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(rule.Id).Append(": ").Append(rule.Title).Append("\n\n");
        sb.Append("| | |\n| --- | --- |\n");
        Row(sb, "Id", $"`{rule.Id}` ({rule.Name})");
        Row(sb, "Default severity", rule.DefaultSeverity.ToName());
        Row(sb, "Applies to", string.Join(", ", rule.AppliesTo));
        Row(sb, "Enabled by default", rule.EnabledByDefault ? "yes" : "no (turn on with `enable:` or `--policy all`)");
        Row(sb, "NIST SP 800-190", Join(rule.Nist80019));
        Row(sb, "CIS Docker Benchmark v1.6.0", Join(rule.CisDocker));
        Row(sb, "CIS Kubernetes Benchmark v1.10", Join(rule.CisKubernetes));
        Row(sb, "Pod Security Standards", rule.Pss is { } pss ? $"{pss.Level}: `{pss.Check}`" : "—");
        Row(sb, "Equivalents", rule.Equivalents.Count == 0
            ? "—"
            : string.Join(", ", rule.Equivalents.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key} {e.Value}")));
        sb.Append('\n');

        Section(sb, "Why it matters", rule.Rationale);
        if (rule.BadExample.Length > 0) Code(sb, "Bad", rule.ExampleLanguage, rule.BadExample);
        if (rule.GoodExample.Length > 0) Code(sb, "Good", rule.ExampleLanguage, rule.GoodExample);
        Section(sb, "How to fix", rule.Fix);

        sb.Append("## Suppressing it\n\n");
        sb.Append("Disable it for a project with `disable: [").Append(rule.Id).Append("]` in `.containerlint.yaml` or `--disable ").Append(rule.Id)
          .Append("`, or silence one place with `# containerlint ignore=").Append(rule.Id).Append(" -- reason` on the line above.\n");
        return sb.ToString();
    }

    /// <summary>The index page: one table row per rule.</summary>
    public static string RenderIndex(RuleCatalog catalog)
    {
        var sb = new StringBuilder();
        sb.Append("# ContainerLint rules\n\n");
        sb.Append("Generated from `rules/*.yaml` by `containerlint rules --write-docs rules/docs`; do not edit by hand.\n\n");
        sb.Append("| Id | Title | Severity | Applies to | NIST SP 800-190 | CIS Docker | CIS Kubernetes | PSS |\n");
        sb.Append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        foreach (var rule in catalog.Rules)
        {
            sb.Append("| [").Append(rule.Id).Append("](").Append(rule.Id).Append(".md) | ").Append(Cell(rule.Title)).Append(" | ")
              .Append(rule.DefaultSeverity.ToName()).Append(" | ").Append(string.Join(", ", rule.AppliesTo)).Append(" | ")
              .Append(Join(rule.Nist80019)).Append(" | ").Append(Join(rule.CisDocker)).Append(" | ").Append(Join(rule.CisKubernetes)).Append(" | ")
              .Append(rule.Pss is { } pss ? $"{pss.Level}: {pss.Check}" : "—").Append(" |\n");
        }

        return sb.ToString();
    }

    /// <summary>Every generated file by name (CLnnnn.md and README.md) with its content.</summary>
    public static IReadOnlyDictionary<string, string> RenderAll(RuleCatalog catalog)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["README.md"] = RenderIndex(catalog) };
        foreach (var rule in catalog.Rules) files[rule.Id + ".md"] = RenderPage(rule);
        return files;
    }

    /// <summary>Plain-text help for SARIF <c>help.text</c>: rationale and fix.</summary>
    public static string RenderPlainHelp(RuleMetadata rule) =>
        string.Join("\n\n", new[] { rule.Rationale, rule.Fix.Length > 0 ? "Fix: " + rule.Fix : "" }.Where(s => s.Length > 0));

    private static void Row(StringBuilder sb, string name, string value) => sb.Append("| ").Append(name).Append(" | ").Append(Cell(value)).Append(" |\n");

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');

    private static string Join(IReadOnlyList<string> values) => values.Count == 0 ? "—" : string.Join(", ", values);

    private static void Section(StringBuilder sb, string heading, string text)
    {
        if (text.Length == 0) return;
        sb.Append("## ").Append(heading).Append("\n\n").Append(text.Trim()).Append("\n\n");
    }

    private static void Code(StringBuilder sb, string heading, string language, string code)
    {
        sb.Append("## ").Append(heading).Append("\n\n```").Append(language).Append('\n').Append(code.TrimEnd('\n', '\r')).Append("\n```\n\n");
    }
}
