namespace ContainerLint.Core.CrossFile;

using System.Collections.Frozen;
using ContainerLint.Core.CrossFile.Rules;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;

/// <summary>
/// The pass after every file is linted: joins the files' facts, adds the findings of cross-file
/// rules to the files they land in (through that file's configuration, severities and inline
/// suppressions, like any finding), and withdraws per-file findings another file shows satisfied.
/// </summary>
public static class CrossFileAnalyzer
{
    public static IReadOnlyList<CrossFileRule> Rules { get; } =
    [
        new NoNetworkPolicy(),
        new RunAsNonRootImageRunsAsRoot(),
        new RunAsNonRootImageUserNotNumeric(),
        new ContainerPortNotExposed(),
    ];

    public static IReadOnlyList<CrossFileFilter> Filters { get; } =
    [
        new ComposeUserSetByDockerfile(),
    ];

    private static readonly FrozenSet<string> RuleIds = Rules.Select(r => r.Id).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True for a rule reported by this pass (the per-file pass leaves its unused suppressions to it).</summary>
    public static bool IsCrossFileRule(string id) => RuleIds.Contains(id);

    /// <summary>The results with cross-file findings added and satisfied findings withdrawn; same order and length.</summary>
    public static IReadOnlyList<FileResult> Apply(IReadOnlyList<FileResult> results, LintEngine engine)
    {
        var index = new Dictionary<FileFacts, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].Facts is { } facts) index[facts] = i;
        }

        var output = results.ToArray();
        if (index.Count == 0) return output;

        var set = new CrossFileSet(index.Keys.ToList());
        var added = new Dictionary<int, List<Finding>>();
        var used = new Dictionary<int, HashSet<(Suppression, string)>>();
        foreach (var rule in Rules)
        {
            IReadOnlyList<CrossFileHit> hits;
            try
            {
                hits = rule.Check(set).ToList();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A defect in one rule must not stop the others; report it on the first file of the set.
                var first = index.Values.Min();
                hits = [new CrossFileHit(output[first].Facts!, new RuleHit(SourceSpan.FileStart, rule.Id, ex.GetType().Name) { RuleIdOverride = DiagnosticIds.InternalError })];
            }

            foreach (var (file, hit) in hits)
            {
                if (!index.TryGetValue(file, out var i) || output[i].Configuration is not { } configuration) continue;
                var usedHere = used.TryGetValue(i, out var u) ? u : used[i] = [];
                if (engine.CreateFinding(output[i].Path, hit.RuleIdOverride ?? rule.Id, hit, configuration, output[i].Suppressions, usedHere) is { } finding)
                {
                    (added.TryGetValue(i, out var list) ? list : added[i] = []).Add(finding);
                }
            }
        }

        var withdrawn = new Dictionary<int, HashSet<(string, string)>>();
        foreach (var filter in Filters)
        {
            foreach (var (file, obj) in filter.Satisfied(set))
            {
                if (index.TryGetValue(file, out var i)) (withdrawn.TryGetValue(i, out var w) ? w : withdrawn[i] = []).Add((filter.RuleId, obj));
            }
        }

        for (var i = 0; i < output.Length; i++)
        {
            var r = output[i];
            var unused = UnusedSuppressions(r, used.GetValueOrDefault(i), engine);
            if (!added.ContainsKey(i) && !withdrawn.ContainsKey(i) && unused.Count == 0) continue;
            var findings = r.Findings
                .Where(f => !(withdrawn.TryGetValue(i, out var w) && f.Object is { } o && w.Contains((f.RuleId, o))))
                .Concat(added.GetValueOrDefault(i) ?? [])
                .Concat(unused)
                .ToList();
            findings.Sort(FindingOrder.Instance);
            output[i] = r with { Findings = findings };
        }

        return output;
    }

    /// <summary>CL0007 for an inline ignore of a cross-file rule that silenced nothing in this file.</summary>
    private static List<Finding> UnusedSuppressions(FileResult result, HashSet<(Suppression, string)>? used, LintEngine engine)
    {
        var findings = new List<Finding>();
        if (result.Configuration is not { } configuration || result.Suppressions.Count == 0) return findings;
        if (engine.Catalog.Find(DiagnosticIds.UnusedSuppression) is not { } unusedMeta || !RuleSelection.IsEnabled(unusedMeta, configuration)) return findings;
        var severity = RuleSelection.EffectiveSeverity(unusedMeta, configuration);
        if (severity == Severity.None) return findings;
        foreach (var s in result.Suppressions)
        {
            if (!s.ReportIfUnused) continue;
            foreach (var id in s.RuleIds.Where(IsCrossFileRule).Order(StringComparer.Ordinal))
            {
                if (used?.Contains((s, id)) == true || engine.Catalog.Find(id) is not { } meta || !RuleSelection.IsEnabled(meta, configuration)) continue;
                findings.Add(new Finding
                {
                    RuleId = unusedMeta.Id,
                    Severity = severity,
                    Message = unusedMeta.FormatMessage([id]),
                    File = result.Path,
                    Span = s.DirectiveSpan,
                });
            }
        }

        return findings;
    }
}
