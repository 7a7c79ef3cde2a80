namespace ContainerLint.Core.CrossFile;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.CrossFile.Rules;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;

/// <summary>
/// The pass after every file is linted: joins the files' facts, runs the engine's cross-file rules and
/// resolves each hit in the file it lands in with the engine's <see cref="FindingResolver"/> (that file's
/// configuration, severities and inline suppressions, like any finding), and withdraws per-file findings
/// another file shows satisfied.
/// </summary>
public static class CrossFileAnalyzer
{
    public static IReadOnlyList<CrossFileFilter> Filters { get; } =
    [
        new ComposeUserSetByDockerfile(),
    ];

    /// <summary>The results with cross-file findings added and satisfied findings withdrawn; same order and length.</summary>
    public static IReadOnlyList<FileResult> Apply(IReadOnlyList<FileResult> results, LintEngine engine)
    {
        var outcome = Analyze(results, engine);
        var output = results.ToArray();
        for (var i = 0; i < output.Length; i++)
        {
            var findings = outcome.Apply(i, output[i].Findings);
            if (!ReferenceEquals(findings, output[i].Findings)) output[i] = output[i] with { Findings = findings };
        }

        return output;
    }

    /// <summary>
    /// What the pass changes, by index into <paramref name="results"/>. It reads only each result's
    /// facts, path, configuration and suppressions, never its findings, so a streaming caller may
    /// hand in results whose findings were already spooled away.
    /// </summary>
    public static CrossFileOutcome Analyze(IReadOnlyList<FileResult> results, LintEngine engine)
    {
        var index = new Dictionary<FileFacts, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].Facts is { } facts) index[facts] = i;
        }

        if (index.Count == 0) return CrossFileOutcome.None;

        var set = new CrossFileSet(index.Keys.ToList());
        var resolutions = new Dictionary<int, FileResolution>();
        foreach (var rule in engine.CrossFileRules)
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
                hits = [new CrossFileHit(results[first].Facts!, new RuleHit(SourceSpan.FileStart, rule.Id, ex.GetType().Name) { RuleIdOverride = DiagnosticIds.InternalError })];
            }

            foreach (var (file, hit) in hits)
            {
                if (!index.TryGetValue(file, out var i) || Resolution(i) is not { } resolution) continue;
                resolution.Add(hit.RuleIdOverride ?? rule.Id, hit);
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

        // Every file with suppressions is judged, also when no cross-file hit landed in it: its ignores of cross-file rules may be unused.
        var added = new Dictionary<int, List<Finding>>();
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].Suppressions.Count > 0) Resolution(i);
            if (resolutions.TryGetValue(i, out var resolution) && resolution.CompleteCrossFile() is { Count: > 0 } findings) added[i] = findings;
        }

        return new CrossFileOutcome(added, withdrawn);

        FileResolution? Resolution(int i)
        {
            if (resolutions.TryGetValue(i, out var existing)) return existing;
            if (results[i].Configuration is not { } configuration) return null;
            return resolutions[i] = engine.Resolver.For(results[i].Path, configuration, results[i].Suppressions);
        }
    }
}

/// <summary>The cross-file pass's changes to each file (by index into the linted targets): findings to add, and per-file findings (rule id, object) to withdraw.</summary>
public sealed class CrossFileOutcome
{
    private readonly IReadOnlyDictionary<int, List<Finding>> _added;
    private readonly IReadOnlyDictionary<int, HashSet<(string RuleId, string Object)>> _withdrawn;

    internal CrossFileOutcome(IReadOnlyDictionary<int, List<Finding>> added, IReadOnlyDictionary<int, HashSet<(string RuleId, string Object)>> withdrawn)
    {
        _added = added;
        _withdrawn = withdrawn;
    }

    public static CrossFileOutcome None { get; } = new(new Dictionary<int, List<Finding>>(), new Dictionary<int, HashSet<(string, string)>>());

    /// <summary>True when the pass changes the findings of file <paramref name="index"/>.</summary>
    public bool Changes(int index) => _added.ContainsKey(index) || _withdrawn.ContainsKey(index);

    /// <summary>
    /// File <paramref name="index"/>'s per-file findings (sorted) as the pass leaves them: withdrawn ones
    /// removed, cross-file ones added, sorted again; the same list when nothing changes.
    /// </summary>
    public IReadOnlyList<Finding> Apply(int index, IReadOnlyList<Finding> findings)
    {
        if (!Changes(index)) return findings;
        var withdrawn = _withdrawn.GetValueOrDefault(index);
        var result = findings
            .Where(f => !(withdrawn is not null && f.Object is { } o && withdrawn.Contains((f.RuleId, o))))
            .Concat(_added.GetValueOrDefault(index) ?? [])
            .ToList();
        result.Sort(FindingOrder.Instance);
        return result;
    }
}
