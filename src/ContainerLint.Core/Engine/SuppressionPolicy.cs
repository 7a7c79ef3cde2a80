namespace ContainerLint.Core.Engine;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Model;

/// <summary>
/// Which inline suppressions a file's configuration honours. A suppression does not silence an enforced rule
/// (CL0019), nothing when <c>requireSuppressionReason</c> is on and it gives no reason (CL0020), and nothing after its
/// <c>until=</c> day (CL0021; compared with <see cref="LintConfiguration.Today"/>, the clock the end-of-life rules use).
/// </summary>
public static class SuppressionPolicy
{
    /// <summary>A suppression (or one id of it) that was refused: reported with <paramref name="DiagnosticId"/> at <paramref name="Directive"/>.</summary>
    public sealed record Refusal(string DiagnosticId, SourceSpan Directive, IReadOnlyList<string> Args);

    /// <summary>The suppressions that still silence findings, and the refused ones in directive order.</summary>
    public static (SuppressionIndex Honoured, List<Refusal> Refused) Apply(SuppressionIndex suppressions, LintConfiguration configuration)
    {
        if (suppressions.Count == 0
            || (configuration.Enforced.Count == 0 && !configuration.RequireSuppressionReason && !suppressions.Any(s => s.Until is not null)))
        {
            return (suppressions, []);
        }

        var honoured = new List<Suppression>(suppressions.Count);
        var refused = new List<Refusal>();
        foreach (var s in suppressions)
        {
            var ids = s.RuleIds.Order(StringComparer.Ordinal).ToList();
            var enforced = ids.Where(configuration.Enforced.ContainsKey).ToList();
            foreach (var id in enforced) refused.Add(new(DiagnosticIds.EnforcedRuleSuppressed, s.DirectiveSpan, [id, configuration.EnforcedBy ?? ConfigurationFile.FileName]));
            var rest = ids.Except(enforced, StringComparer.Ordinal).ToList();
            if (rest.Count == 0) continue;
            if (configuration.RequireSuppressionReason && string.IsNullOrWhiteSpace(s.Justification))
            {
                refused.Add(new(DiagnosticIds.SuppressionWithoutReason, s.DirectiveSpan, [string.Join(", ", rest)]));
                continue;
            }

            if (s.Until is { } until && until < configuration.Today)
            {
                refused.Add(new(DiagnosticIds.SuppressionExpired, s.DirectiveSpan, [string.Join(", ", rest), until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]));
                continue;
            }

            honoured.Add(enforced.Count == 0 ? s : s with { RuleIds = rest.ToHashSet(StringComparer.Ordinal) });
        }

        return (SuppressionIndex.Of(honoured), refused);
    }
}
