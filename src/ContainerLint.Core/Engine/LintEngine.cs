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
    internal SuppressionIndex Suppressions { get; init; } = SuppressionIndex.Empty;

    /// <summary>The configuration the file was linted under (null for a result that never reached the engine).</summary>
    internal LintConfiguration? Configuration { get; init; }

    /// <summary>Named on the command line, but neither its name nor its content says what it is: nothing was linted (the CLI exits 2).</summary>
    public bool Unrecognized { get; init; }

    /// <summary>Why a file named on the command line was skipped (YAML that is neither a Kubernetes object nor a Compose file); null otherwise.</summary>
    public string? SkipNote { get; init; }
}

/// <summary>
/// Lints one decoded file: front end (parse + rules) -> <see cref="FindingResolver"/> (catalog, severity, message,
/// suppressions). Holds the cross-file rules too, so the pass after every file resolves their hits the same way.
/// Thread-safe, so files can be linted in parallel; its only state is a memo of which rules each configuration turns on.
/// </summary>
public sealed class LintEngine
{
    private readonly Dictionary<FileKind, FrontEnd> _frontEnds;

    // Which rules a configuration turns on, worked out once per configuration object (a run shares one per folder) instead
    // of a catalog lookup and three configuration lookups per rule per file (~8 % of a Dockerfile's lint). Keyed by
    // reference: an entry goes with its configuration.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<LintConfiguration, IReadOnlySet<string>> _enabledRules = new();

    // The memo's lookup and its fill, as delegates made once: a lambda capturing the engine would be a new object per file.
    private readonly Func<LintConfiguration, IReadOnlySet<string>> _enabledRulesOf;
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<LintConfiguration, IReadOnlySet<string>>.CreateValueCallback _computeEnabledRules;
    private static readonly Func<LintConfiguration, IReadOnlySet<string>> NoRules = _ => System.Collections.Frozen.FrozenSet<string>.Empty;

    public LintEngine(RuleCatalog catalog, IEnumerable<FrontEnd> frontEnds, IEnumerable<CrossFile.CrossFileRule>? crossFileRules = null)
    {
        Catalog = catalog;
        _frontEnds = frontEnds.ToDictionary(f => f.Kind);
        CrossFileRules = [.. crossFileRules ?? BuiltInRules.CrossFile];
        Resolver = new FindingResolver(catalog, CrossFileRules.Select(r => r.Id).ToHashSet(StringComparer.OrdinalIgnoreCase));
        _computeEnabledRules = c => System.Collections.Frozen.FrozenSet.ToFrozenSet(Catalog.Rules.Where(m => RuleSelection.IsEnabled(m, c)).Select(m => m.Id), StringComparer.OrdinalIgnoreCase);
        _enabledRulesOf = c => _enabledRules.GetValue(c, _computeEnabledRules);
    }

    /// <summary>The engine with the built-in catalog, every built-in front end and the built-in cross-file rules.</summary>
    public static LintEngine CreateDefault() => new(RuleCatalog.Default, BuiltInFrontEnds.All, BuiltInRules.CrossFile);

    public RuleCatalog Catalog { get; }

    /// <summary>The rules of the pass after every file is linted (<see cref="CrossFile.CrossFileAnalyzer"/>).</summary>
    public IReadOnlyList<CrossFile.CrossFileRule> CrossFileRules { get; }

    /// <summary>Turns hits into findings, for this engine's files and for the cross-file pass.</summary>
    public FindingResolver Resolver { get; }

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
            // The ids of the catalog's rules the configuration turns on (RuleSelection.IsEnabled), once per configuration.
            raw = frontEnd.Run(input, factsOnly ? NoRules : _enabledRulesOf, context);
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
        var resolution = Resolver.For(input.Path, configuration, suppressions);
        foreach (var (ruleId, hit) in raw.Hits) resolution.Add(ruleId, hit);
        var findings = resolution.CompletePerFile();
        return new FileResult(input.Path, kind, findings)
        {
            Skipped = raw.Skipped,
            Facts = raw.Facts,
            Suppressions = suppressions,
            Configuration = configuration,
        };
    }
}
