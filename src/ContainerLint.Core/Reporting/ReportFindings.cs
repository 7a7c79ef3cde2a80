namespace ContainerLint.Core.Reporting;

using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;

/// <summary>
/// The findings of a run as reporters read them: one file's findings at a time, so a run over
/// thousands of files never needs all of its findings in memory (see <see cref="FindingSpool"/>).
/// </summary>
public abstract class ReportFindings
{
    private readonly Lazy<ReportTotals> _totals;

    protected ReportFindings() => _totals = new Lazy<ReportTotals>(() => ReportTotals.Of(Tallies()));

    /// <summary>
    /// Each file's findings sorted with <see cref="FindingOrder"/>, files in ordinal path order (files
    /// without findings left out); so the concatenation is every finding in <see cref="FindingOrder"/>.
    /// May be enumerated more than once.
    /// </summary>
    public abstract IEnumerable<IReadOnlyList<Finding>> ByFile();

    /// <summary>Every finding in <see cref="FindingOrder"/>, read lazily.</summary>
    public IEnumerable<Finding> All => ByFile().SelectMany(f => f);

    /// <summary>Counts and ids over every finding, computed by one pass on first use.</summary>
    public ReportTotals Totals => _totals.Value;

    /// <summary>Each file's share of the totals, in <see cref="ByFile"/> order; a source that already knows them can skip reading the findings.</summary>
    private protected virtual IEnumerable<FileTally> Tallies() => ByFile().Select(FileTally.Of);

    /// <summary>Findings held in memory, in any order (they are sorted here).</summary>
    public static ReportFindings InMemory(IEnumerable<Finding> findings) => new InMemoryFindings(findings);

    public static implicit operator ReportFindings(Finding[] findings) => new InMemoryFindings(findings);

    public static implicit operator ReportFindings(List<Finding> findings) => new InMemoryFindings(findings);

    /// <summary>
    /// <paramref name="inner"/>'s findings with <paramref name="extra"/> ones merged in, files still in path order (a file
    /// in both gets one sorted list): findings about files that were not linted, such as the configuration files whose
    /// settings the policy refused (CL0018).
    /// </summary>
    public static ReportFindings With(ReportFindings inner, IReadOnlyList<Finding> extra) => extra.Count == 0 ? inner : new MergedFindings(inner, InMemory(extra));

    private sealed class MergedFindings(ReportFindings first, ReportFindings second) : ReportFindings
    {
        public override IEnumerable<IReadOnlyList<Finding>> ByFile()
        {
            using var a = first.ByFile().GetEnumerator();
            using var b = second.ByFile().GetEnumerator();
            var hasA = a.MoveNext();
            var hasB = b.MoveNext();
            while (hasA || hasB)
            {
                var order = !hasA ? 1 : !hasB ? -1 : string.CompareOrdinal(a.Current[0].File, b.Current[0].File);
                if (order == 0)
                {
                    var both = a.Current.Concat(b.Current).ToList();
                    both.Sort(FindingOrder.Instance);
                    yield return both;
                }
                else
                {
                    yield return order < 0 ? a.Current : b.Current;
                }

                if (order <= 0) hasA = a.MoveNext();
                if (order >= 0) hasB = b.MoveNext();
            }
        }
    }

    /// <summary>Findings held in memory (tests, the MSBuild task's project-sized runs).</summary>
    private sealed class InMemoryFindings : ReportFindings
    {
        private readonly IReadOnlyList<IReadOnlyList<Finding>> _byFile;

        public InMemoryFindings(IEnumerable<Finding> findings)
        {
            // A stable sort: an already sorted list keeps its order exactly.
            var groups = new List<IReadOnlyList<Finding>>();
            List<Finding>? current = null;
            foreach (var f in findings.OrderBy(f => f, FindingOrder.Instance))
            {
                if (current is null || !string.Equals(current[0].File, f.File, StringComparison.Ordinal)) groups.Add(current = []);
                current.Add(f);
            }

            _byFile = groups;
        }

        public override IEnumerable<IReadOnlyList<Finding>> ByFile() => _byFile;
    }
}

/// <summary>What the header of a report and the exit code need to know about all findings before any is written.</summary>
/// <param name="RuleIds">Rule ids of every finding (suppressed ones included), ordinal order.</param>
/// <param name="Files">Display paths that have findings, ordinal order.</param>
/// <param name="Errors">Unsuppressed findings at error severity.</param>
/// <param name="Warnings">Unsuppressed findings at warning severity.</param>
/// <param name="Notes">Unsuppressed findings at note severity.</param>
/// <param name="Suppressed">Suppressed findings.</param>
/// <param name="Unreadable">The <see cref="DiagnosticIds.FileUnreadable"/> findings (inputs that could not be read), in order.</param>
public sealed record ReportTotals(IReadOnlyList<string> RuleIds, IReadOnlyList<string> Files, int Errors, int Warnings, int Notes, int Suppressed, IReadOnlyList<Finding> Unreadable)
{
    /// <summary>Findings accepted by the baseline (not counted in <see cref="Suppressed"/>).</summary>
    public int Baselined { get; init; }

    public int Unsuppressed => Errors + Warnings + Notes;

    /// <summary>Whether some unsuppressed finding is at <paramref name="threshold"/> or above.</summary>
    public bool AnyAtOrAbove(Severity threshold) =>
        threshold switch
        {
            Severity.Error => Errors > 0,
            Severity.Warning => Errors + Warnings > 0,
            Severity.Note => Unsuppressed > 0,
            _ => false,
        };

    internal static ReportTotals Of(IEnumerable<FileTally> tallies)
    {
        var ruleIds = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<string>();
        var unreadable = new List<Finding>();
        int errors = 0, warnings = 0, notes = 0, suppressed = 0, baselined = 0;
        foreach (var t in tallies)
        {
            if (files.Count == 0 || !string.Equals(files[^1], t.File, StringComparison.Ordinal)) files.Add(t.File);
            ruleIds.UnionWith(t.RuleIds);
            unreadable.AddRange(t.Unreadable);
            errors += t.Errors;
            warnings += t.Warnings;
            notes += t.Notes;
            suppressed += t.Suppressed;
            baselined += t.Baselined;
        }

        return new ReportTotals(ruleIds.Order(StringComparer.Ordinal).ToList(), files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), errors, warnings, notes, suppressed, unreadable)
        {
            Baselined = baselined,
        };
    }
}

/// <summary>One file's share of <see cref="ReportTotals"/>: small enough to keep per file while the findings themselves are spooled.</summary>
internal sealed record FileTally(string File, int Errors, int Warnings, int Notes, int Suppressed, IReadOnlyList<string> RuleIds, IReadOnlyList<Finding> Unreadable)
{
    public int Baselined { get; init; }

    /// <summary>The tally of one file's findings (not empty).</summary>
    public static FileTally Of(IReadOnlyList<Finding> findings)
    {
        var ruleIds = new List<string>();
        List<Finding>? unreadable = null;
        int errors = 0, warnings = 0, notes = 0, suppressed = 0, baselined = 0;
        foreach (var f in findings)
        {
            if (!ruleIds.Contains(f.RuleId)) ruleIds.Add(f.RuleId);
            if (f.RuleId == DiagnosticIds.FileUnreadable) (unreadable ??= []).Add(f);
            if (f.Suppressed)
            {
                if (f.Baselined) baselined++;
                else suppressed++;
                continue;
            }

            switch (f.Severity)
            {
                case Severity.Error: errors++; break;
                case Severity.Warning: warnings++; break;
                case Severity.Note: notes++; break;
            }
        }

        return new FileTally(findings[0].File, errors, warnings, notes, suppressed, ruleIds, unreadable ?? (IReadOnlyList<Finding>)[]) { Baselined = baselined };
    }
}
