namespace ContainerLint.Core.Engine;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;

/// <summary>The result of linting one file.</summary>
public sealed record FileResult(string Path, FileKind Kind, IReadOnlyList<Finding> Findings)
{
    /// <summary>True when the file turned out not to be lintable content (e.g. YAML that is not a Kubernetes object).</summary>
    public bool Skipped { get; init; }

    /// <summary>The file's cross-file facts (null when its front end extracts none or it could not be parsed).</summary>
    public CrossFile.FileFacts? Facts { get; init; }

    /// <summary>The inline suppressions in force in the file, so cross-file findings that land here honour them.</summary>
    internal IReadOnlyList<Suppression> Suppressions { get; init; } = [];

    /// <summary>The configuration the file was linted under (null for a result that never reached the engine).</summary>
    internal LintConfiguration? Configuration { get; init; }

    /// <summary>Named on the command line, but neither its name nor its content says what it is: nothing was linted (the CLI exits 2).</summary>
    public bool Unrecognized { get; init; }

    /// <summary>Why a file named on the command line was skipped (YAML that is neither a Kubernetes object nor a Compose file); null otherwise.</summary>
    public string? SkipNote { get; init; }
}

/// <summary>
/// Lints one decoded file: front end (parse + rules) -> catalog messages -> suppressions ->
/// severities. Stateless and thread-safe, so files can be linted in parallel.
/// </summary>
public sealed class LintEngine
{
    private readonly Dictionary<FileKind, FrontEnd> _frontEnds;

    public LintEngine(RuleCatalog catalog, IEnumerable<FrontEnd> frontEnds)
    {
        Catalog = catalog;
        _frontEnds = frontEnds.ToDictionary(f => f.Kind);
    }

    /// <summary>The engine with the built-in catalog and every built-in front end.</summary>
    public static LintEngine CreateDefault() => new(RuleCatalog.Default, BuiltInFrontEnds.All);

    public RuleCatalog Catalog { get; }

    public IEnumerable<Rule> Rules => _frontEnds.Values.SelectMany(f => f.Rules);

    public bool Supports(FileKind kind) => _frontEnds.ContainsKey(kind);

    public FileResult Lint(LintInput input, FileKind kind, LintConfiguration configuration) => Lint(input, kind, configuration, factsOnly: false);

    /// <summary>
    /// Parses one file for its cross-file facts alone: no rule runs and no finding is kept. The CLI gathers the facts of the
    /// repository's other files this way, so a file linted on its own is still joined with the files it refers to.
    /// </summary>
    public FileResult Facts(LintInput input, FileKind kind, LintConfiguration configuration)
    {
        var result = Lint(input, kind, configuration, factsOnly: true);
        return result with { Findings = [] };
    }

    private FileResult Lint(LintInput input, FileKind kind, LintConfiguration configuration, bool factsOnly)
    {
        if (!_frontEnds.TryGetValue(kind, out var frontEnd))
        {
            return new FileResult(input.Path, kind, []) { Skipped = true };
        }

        var context = new RuleContext(configuration, input.Path);
        FrontEndResult raw;
        try
        {
            raw = frontEnd.Run(input, (rule, effective) => !factsOnly && Catalog.Find(rule.Id) is { } meta && RuleSelection.IsEnabled(meta, effective), context);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Parsers are written not to throw; this is the last line of defence.
            raw = new FrontEndResult([(DiagnosticIds.InternalError, new RuleHit(SourceSpan.FileStart, kind.ToName() + " parser", ex.GetType().Name))], [], false);
        }

        if (raw.Skipped && raw.Hits.Count == 0)
        {
            return new FileResult(input.Path, kind, []) { Skipped = true };
        }

        // The file may adjust its own configuration (a Dockerfile's # check= directive).
        configuration = raw.Configuration ?? configuration;

        var suppressions = configuration.AllowInlineSuppressions ? SuppressionIndex.Of(raw.Suppressions) : SuppressionIndex.Empty;
        var findings = BuildFindings(input.Path, raw, suppressions, configuration);
        DropSuperseded(findings);
        findings.Sort(FindingOrder.Instance);
        return new FileResult(input.Path, kind, findings)
        {
            Skipped = raw.Skipped,
            Facts = raw.Facts,
            Suppressions = suppressions,
            Configuration = configuration,
        };
    }

    private List<Finding> BuildFindings(string path, FrontEndResult raw, SuppressionIndex suppressions, LintConfiguration configuration)
    {
        var used = new HashSet<(Suppression, string)>();
        var findings = new List<Finding>(raw.Hits.Count);
        foreach (var (ruleId, hit) in raw.Hits)
        {
            if (CreateFinding(path, ruleId, hit, configuration, suppressions, used) is { } finding) findings.Add(finding);
        }

        AddUnusedSuppressions(path, suppressions, used, configuration, findings);
        return findings;
    }

    /// <summary>
    /// Catalog -> enabled? -> severity -> suppressions for one hit; null when the rule is unknown,
    /// disabled or at severity none. Shared by the per-file and the cross-file pass.
    /// </summary>
    internal Finding? CreateFinding(
        string path, string ruleId, RuleHit hit, LintConfiguration configuration, IReadOnlyList<Suppression> suppressions, HashSet<(Suppression, string)> used)
    {
        var meta = Catalog.Find(ruleId);
        if (meta is null) return null;
        if (!RuleSelection.IsEnabled(meta, configuration)) return null;
        var severity = RuleSelection.EffectiveSeverity(meta, configuration);
        if (severity == Severity.None) return null;

        var suppressedBy = SuppressionIndex.Of(suppressions).Find(ruleId, hit.Span.Line, hit.Container);
        if (suppressedBy is not null) used.Add((suppressedBy, ruleId));

        return new Finding
        {
            RuleId = meta.Id,
            Severity = severity,
            Message = meta.FormatMessage(MessageArguments.Shown(hit.Args, configuration.SecretNamePatterns)),
            File = path,
            Span = hit.Span,
            Object = hit.Object,
            Container = hit.Container,
            Fix = MessageArguments.Shown(hit.Fix, configuration.SecretNamePatterns),
            Suppressed = suppressedBy is not null,
            SuppressionJustification = suppressedBy?.Justification,
        };
    }

    /// <summary>
    /// A restricted check that replaces a baseline one (catalog <c>supersededBy</c>) says nothing new
    /// where the baseline check already reported: drop its finding at the same span and object.
    /// </summary>
    private void DropSuperseded(List<Finding> findings)
    {
        if (findings.Count < 2 || !findings.Any(f => Catalog.Find(f.RuleId)?.SupersededBy is not null)) return;
        var present = findings.Select(f => (f.RuleId, f.Span, f.Object, f.Container)).ToHashSet();
        findings.RemoveAll(f => Catalog.Find(f.RuleId)?.SupersededBy is { } by && present.Contains((by, f.Span, f.Object, f.Container)));
    }

    private void AddUnusedSuppressions(
        string path, IReadOnlyList<Suppression> suppressions, HashSet<(Suppression, string)> used, LintConfiguration configuration, List<Finding> findings)
    {
        AddUnknownRuleIds(path, suppressions, configuration, findings);
        if (Catalog.Find(DiagnosticIds.UnusedSuppression) is not { } unusedMeta || !RuleSelection.IsEnabled(unusedMeta, configuration)) return;
        var severity = RuleSelection.EffectiveSeverity(unusedMeta, configuration);
        foreach (var s in suppressions)
        {
            if (!s.ReportIfUnused) continue;
            foreach (var id in s.RuleIds.Order(StringComparer.Ordinal))
            {
                // An ignore for a rule that does not run here is not stale, just idle.
                if (used.Contains((s, id)) || Catalog.Find(id) is not { } meta || !RuleSelection.IsEnabled(meta, configuration)) continue;

                // Cross-file rules report later, in the cross-file pass, which checks these itself.
                if (CrossFile.CrossFileAnalyzer.IsCrossFileRule(id)) continue;
                findings.Add(new Finding
                {
                    RuleId = unusedMeta.Id,
                    Severity = severity,
                    Message = unusedMeta.FormatMessage([id]),
                    File = path,
                    Span = s.DirectiveSpan,
                });
            }
        }
    }

    /// <summary>
    /// An ignore naming an id that is no rule (<c># containerlint ignore=CL9999</c>) silences nothing and is most
    /// likely a typo: reported (CL0008) like any malformed suppression, as <c>--disable CL9999</c> is refused.
    /// </summary>
    private void AddUnknownRuleIds(string path, IReadOnlyList<Suppression> suppressions, LintConfiguration configuration, List<Finding> findings)
    {
        if (Catalog.Find(DiagnosticIds.MalformedSuppression) is not { } meta || !RuleSelection.IsEnabled(meta, configuration)) return;
        var severity = RuleSelection.EffectiveSeverity(meta, configuration);
        if (severity == Severity.None) return;
        foreach (var s in suppressions)
        {
            foreach (var id in s.RuleIds.Order(StringComparer.Ordinal))
            {
                if (Catalog.Find(id) is not null) continue;
                findings.Add(new Finding
                {
                    RuleId = meta.Id,
                    Severity = severity,
                    Message = meta.FormatMessage([Configuration.ConfigurationFile.UnknownRule(id)]),
                    File = path,
                    Span = s.DirectiveSpan,
                });
            }
        }
    }
}
