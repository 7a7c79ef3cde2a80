namespace ContainerLint.Core.Engine;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Model;

/// <summary>
/// The CL0018 findings of a run: each setting that tried to turn off or lower an enforced rule, once, at its line of the
/// file that holds it (a nested <c>.containerlint.yaml</c>, an <c>.editorconfig</c>, a project file), whichever linted
/// files it would have applied to. Always at the rule's default severity: a nested file cannot hide its own attempt.
/// </summary>
public static class PolicyFindings
{
    /// <param name="configurations">The configurations the run's files were linted under.</param>
    /// <param name="catalog">The catalog CL0018 comes from.</param>
    /// <param name="displayPath">The display path of a full path, as the run shows its files.</param>
    public static List<Finding> Of(IEnumerable<LintConfiguration> configurations, RuleCatalog catalog, Func<string, string> displayPath)
    {
        var meta = catalog.Get(DiagnosticIds.EnforcedRuleOverridden);
        var findings = configurations
            .SelectMany(c => c.PolicyViolations)
            .Distinct()
            .Select(v => new Finding
            {
                RuleId = meta.Id,
                Severity = meta.DefaultSeverity,
                Message = meta.FormatMessage([v.RuleId, v.EnforcedBy]),
                File = displayPath(v.Path),
                Span = v.Span,
            })
            .ToList();
        findings.Sort(FindingOrder.Instance);
        return findings;
    }
}
