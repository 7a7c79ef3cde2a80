namespace ContainerLint.Core.Engine;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;

/// <summary>
/// The one place where a rule's hit becomes a finding, for the per-file and the cross-file pass alike:
/// catalog entry -> enabled? -> effective severity -> message (arguments masked and cut) -> inline suppression.
/// Per file it also answers what the file's suppressions did (an unknown id is CL0008, an ignore that silenced
/// nothing is CL0007) and drops a restricted finding its baseline twin already made (catalog <c>supersededBy</c>).
/// Each file's bookkeeping lives in the <see cref="FileResolution"/> it hands out; the resolver itself only remembers how
/// message arguments are shown (<see cref="ShownArguments"/>, a pure function's results).
/// </summary>
public sealed class FindingResolver(RuleCatalog catalog, IReadOnlySet<string> crossFileRuleIds)
{
    public RuleCatalog Catalog { get; } = catalog;

    /// <summary>Message arguments as shown (masked, cut), remembered across files.</summary>
    internal ShownArguments ShownArguments { get; } = new();

    /// <summary>True for a rule the cross-file pass reports: the per-file pass leaves its unused suppressions to that pass.</summary>
    public bool IsCrossFileRule(string id) => crossFileRuleIds.Contains(id);

    /// <summary>Starts resolving hits that land in <paramref name="path"/> under its configuration and suppressions.</summary>
    public FileResolution For(string path, LintConfiguration configuration, SuppressionIndex suppressions) => new(this, path, configuration, suppressions);

    /// <summary>A catalog diagnostic (CL0007, CL0008) as the configuration has it, or null when it is off.</summary>
    internal (RuleMetadata Meta, Severity Severity)? Diagnostic(string id, LintConfiguration configuration)
    {
        if (Catalog.Find(id) is not { } meta || !RuleSelection.IsEnabled(meta, configuration)) return null;
        var severity = RuleSelection.EffectiveSeverity(meta, configuration);
        return severity == Severity.None ? null : (meta, severity);
    }
}

/// <summary>The findings of one file in one pass, and which of its suppressions were used.</summary>
public sealed class FileResolution
{
    private readonly FindingResolver _resolver;
    private readonly List<Finding> _findings = [];
    private readonly List<SuppressionPolicy.Refusal> _refused;
    private HashSet<(Suppression, string)>? _used; // made by the first suppressed finding: most files have none
    private bool _anySuperseded; // whether a finding's rule names a supersededBy: else there is nothing to drop

    internal FileResolution(FindingResolver resolver, string path, LintConfiguration configuration, SuppressionIndex suppressions)
    {
        _resolver = resolver;
        Path = path;
        Configuration = configuration;
        (Suppressions, _refused) = SuppressionPolicy.Apply(suppressions, configuration);
    }

    public string Path { get; }

    public LintConfiguration Configuration { get; }

    public SuppressionIndex Suppressions { get; }

    /// <summary>Adds the finding of <paramref name="hit"/>, unless its rule is unknown, disabled or at severity none.</summary>
    public void Add(string ruleId, RuleHit hit)
    {
        var meta = _resolver.Catalog.Find(ruleId);
        if (meta is null || !RuleSelection.IsEnabled(meta, Configuration)) return;
        var severity = RuleSelection.EffectiveSeverity(meta, Configuration);
        if (severity == Severity.None) return;

        var suppressedBy = Suppressions.Find(ruleId, hit.Span.Line, hit.Container);
        if (suppressedBy is not null) (_used ??= []).Add((suppressedBy, ruleId));

        Keep(meta, new Finding
        {
            RuleId = meta.Id,
            Severity = severity,
            Message = meta.FormatMessage(MessageArguments.Shown(hit.Args, Configuration.SecretNamePatterns, _resolver.ShownArguments)),
            File = Path,
            Span = hit.Span,
            Object = hit.Object,
            Container = hit.Container,
            Fix = MessageArguments.Shown(hit.Fix, Configuration.SecretNamePatterns),
            Suppressed = suppressedBy is not null,
            SuppressionJustification = suppressedBy?.Justification,
        });
    }

    /// <summary>Keeps <paramref name="finding"/>, made from <paramref name="meta"/>'s catalog entry.</summary>
    private void Keep(RuleMetadata meta, Finding finding)
    {
        _findings.Add(finding);
        _anySuperseded |= meta.SupersededBy is not null;
    }

    /// <summary>
    /// The per-file pass's findings, with CL0019/CL0020/CL0021 for suppressions the policy refused, CL0008 for ignores of ids that are no rule and CL0007 for ignores of
    /// per-file rules that silenced nothing (the cross-file pass judges its own rules' ignores), superseded
    /// restricted findings dropped, sorted.
    /// </summary>
    public List<Finding> CompletePerFile()
    {
        AddRefused();
        AddUnknownRuleIds();
        AddUnused(id => !_resolver.IsCrossFileRule(id));
        DropSuperseded();
        _findings.Sort(FindingOrder.Instance);
        return _findings;
    }

    /// <summary>The cross-file pass's findings for this file, then CL0007 for ignores of cross-file rules that silenced nothing.</summary>
    public List<Finding> CompleteCrossFile()
    {
        AddUnused(_resolver.IsCrossFileRule);
        return _findings;
    }

    /// <summary>
    /// A suppression the policy refused (an enforced rule, no reason where one is required, past its <c>until=</c> date)
    /// silences nothing, and says so at its directive. Not configurable below the root: turning these off would be the bypass.
    /// </summary>
    private void AddRefused()
    {
        foreach (var refusal in _refused)
        {
            var meta = _resolver.Catalog.Get(refusal.DiagnosticId);
            Keep(meta, new Finding
            {
                RuleId = meta.Id,
                Severity = meta.DefaultSeverity,
                Message = meta.FormatMessage(refusal.Args),
                File = Path,
                Span = refusal.Directive,
            });
        }
    }

    private void AddUnused(Func<string, bool> judged)
    {
        if (Suppressions.Count == 0 || _resolver.Diagnostic(DiagnosticIds.UnusedSuppression, Configuration) is not var (meta, severity)) return;
        foreach (var s in Suppressions)
        {
            if (!s.ReportIfUnused) continue;
            foreach (var id in s.RuleIds.Where(judged).Order(StringComparer.Ordinal))
            {
                // An ignore for a rule that does not run here is not stale, just idle.
                if ((_used?.Contains((s, id)) ?? false) || _resolver.Catalog.Find(id) is not { } rule || !RuleSelection.IsEnabled(rule, Configuration)) continue;
                Keep(meta, new Finding { RuleId = meta.Id, Severity = severity, Message = meta.FormatMessage([id]), File = Path, Span = s.DirectiveSpan });
            }
        }
    }

    /// <summary>
    /// An ignore naming an id that is no rule (<c># containerlint ignore=CL9999</c>) silences nothing and is most
    /// likely a typo: reported (CL0008) like any malformed suppression, as <c>--disable CL9999</c> is refused.
    /// </summary>
    private void AddUnknownRuleIds()
    {
        if (Suppressions.Count == 0 || _resolver.Diagnostic(DiagnosticIds.MalformedSuppression, Configuration) is not var (meta, severity)) return;
        foreach (var s in Suppressions)
        {
            foreach (var id in s.RuleIds.Order(StringComparer.Ordinal))
            {
                if (_resolver.Catalog.Find(id) is not null) continue;
                Keep(meta, new Finding
                {
                    RuleId = meta.Id,
                    Severity = severity,
                    Message = meta.FormatMessage([ConfigurationFile.UnknownRule(id)]),
                    File = Path,
                    Span = s.DirectiveSpan,
                });
            }
        }
    }

    /// <summary>
    /// A restricted check that replaces a baseline one (catalog <c>supersededBy</c>) says nothing new where the
    /// baseline check already reported: its finding at the same span and object is dropped.
    /// </summary>
    private void DropSuperseded()
    {
        if (_findings.Count < 2 || !_anySuperseded) return;
        var present = _findings.Select(f => (f.RuleId, f.Span, f.Object, f.Container)).ToHashSet();
        _findings.RemoveAll(f => _resolver.Catalog.Find(f.RuleId)?.SupersededBy is { } by && present.Contains((by, f.Span, f.Object, f.Container)));
    }
}
