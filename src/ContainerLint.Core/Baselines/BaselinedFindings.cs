namespace ContainerLint.Core.Baselines;

using ContainerLint.Core.Model;
using ContainerLint.Core.Reporting;

/// <summary>
/// A report's findings with a baseline applied: a finding the baseline accepts (same rule, file and fingerprint) comes
/// back marked <see cref="Finding.Baselined"/> and suppressed, so every format leaves it out or marks it and it never
/// fails the run. The match is computed once, one file at a time as the findings are (only files the baseline names
/// have their source read), so it adds no per-finding memory beyond one flag per finding of those files.
/// </summary>
public sealed class BaselinedFindings : ReportFindings
{
    private readonly ReportFindings _inner;
    private readonly LintReport _report;
    private readonly Baseline _baseline;
    private readonly Dictionary<string, HashSet<(string RuleId, string Fingerprint)>> _entriesByFile;
    private readonly Lock _gate = new();
    private Dictionary<string, bool[]>? _matched;
    private IReadOnlyList<BaselineEntry>? _stale;

    private BaselinedFindings(LintReport report, Baseline baseline)
    {
        _inner = report.Findings;
        _report = report;
        _baseline = baseline;
        _entriesByFile = baseline.Entries
            .GroupBy(e => e.File, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => (e.RuleId, e.Fingerprint)).ToHashSet(), StringComparer.Ordinal);
    }

    /// <summary>The report with <paramref name="baseline"/> applied (and <see cref="LintReport.BaselineApplied"/> set).</summary>
    public static LintReport Apply(LintReport report, Baseline baseline, out BaselinedFindings findings)
    {
        findings = new BaselinedFindings(report, baseline);
        return report with { Findings = findings, BaselineApplied = true };
    }

    /// <summary>
    /// Entries for the files this run linted that no finding matches any more (fixed, suppressed inline, or changed):
    /// <c>containerlint baseline</c> drops them. Entries for files the run did not lint are never stale.
    /// </summary>
    public IReadOnlyList<BaselineEntry> Stale
    {
        get
        {
            Match();
            lock (_gate)
            {
                return _stale!;
            }
        }
    }

    public override IEnumerable<IReadOnlyList<Finding>> ByFile()
    {
        var matched = Match();
        foreach (var file in _inner.ByFile())
        {
            if (!matched.TryGetValue(file[0].File, out var mask))
            {
                yield return file;
                continue;
            }

            var marked = new Finding[file.Count];
            for (var i = 0; i < file.Count; i++)
            {
                marked[i] = mask[i] ? file[i] with { Suppressed = true, Baselined = true, SuppressionJustification = "accepted in " + Baseline.FileName } : file[i];
            }

            yield return marked;
        }
    }

    /// <summary>The baseline entries for the findings of <paramref name="report"/> it may hold (<see cref="Baseline.Accepts"/>), files named relative to <paramref name="baselineDirectory"/>.</summary>
    public static IEnumerable<BaselineEntry> EntriesOf(LintReport report, string baselineDirectory)
    {
        var sources = new RedactedSources(report);
        var target = new Baseline { Path = Path.Combine(baselineDirectory, Baseline.FileName) };
        foreach (var file in report.Findings.ByFile())
        {
            var relative = target.Relative(FullPath(report, file[0].File));
            foreach (var (f, fingerprint) in FindingFingerprints.OfFile(file, sources, relative))
            {
                if (Baseline.Accepts(f)) yield return new BaselineEntry(f.RuleId, relative, fingerprint, f.Span.Line, f.Message);
            }
        }
    }

    /// <summary>The baseline-relative names of the files the run linted.</summary>
    public static IEnumerable<string> LintedFiles(LintReport report, Baseline baseline) =>
        report.Files.Select(f => baseline.Relative(FullPath(report, f.Path)));

    private static string FullPath(LintReport report, string displayPath) =>
        Path.GetFullPath(Path.Combine(report.RootDirectory ?? Directory.GetCurrentDirectory(), displayPath));

    private Dictionary<string, bool[]> Match()
    {
        lock (_gate)
        {
            if (_matched is not null) return _matched;
        }

        var matched = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        var found = new HashSet<(string File, string RuleId, string Fingerprint)>();
        var sources = new RedactedSources(_report);
        foreach (var file in _inner.ByFile())
        {
            var relative = _baseline.Relative(FullPath(_report, file[0].File));
            if (!_entriesByFile.TryGetValue(relative, out var entries)) continue;
            var mask = new bool[file.Count];
            var i = 0;
            foreach (var (f, fingerprint) in FindingFingerprints.OfFile(file, sources, relative))
            {
                mask[i] = Baseline.Accepts(f) && entries.Contains((f.RuleId, fingerprint));
                if (mask[i++]) found.Add((relative, f.RuleId, fingerprint));
            }

            matched[file[0].File] = mask;
        }

        var linted = LintedFiles(_report, _baseline).ToHashSet(StringComparer.Ordinal);
        var stale = _baseline.Entries.Where(e => linted.Contains(e.File) && !found.Contains((e.File, e.RuleId, e.Fingerprint))).ToList();
        lock (_gate)
        {
            _stale ??= stale;
            return _matched ??= matched;
        }
    }
}
