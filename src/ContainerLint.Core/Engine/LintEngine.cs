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

    // Which of this engine's rules a configuration turns on, worked out once per configuration object (a run shares one per
    // folder) instead of a catalog lookup and three configuration lookups per rule per file (~8 % of a Dockerfile's lint).
    // Keyed by reference, and the set holds the rule objects themselves: asking it hashes a reference, not an id.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<LintConfiguration, HashSet<Rule>> _enabledRules = new();

    public LintEngine(RuleCatalog catalog, IEnumerable<FrontEnd> frontEnds, IEnumerable<CrossFile.CrossFileRule>? crossFileRules = null)
    {
        Catalog = catalog;
        _frontEnds = frontEnds.ToDictionary(f => f.Kind);
        CrossFileRules = [.. crossFileRules ?? BuiltInRules.CrossFile];
        Resolver = new FindingResolver(catalog, CrossFileRules.Select(r => r.Id).ToHashSet(StringComparer.OrdinalIgnoreCase));
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
    /// The rules of this engine that <paramref name="configuration"/> turns on (<see cref="RuleSelection.IsEnabled"/> of their
    /// catalog entry; a rule whose id has no entry never runs). Never changed once made, so files linted in parallel share it.
    /// </summary>
    private HashSet<Rule> EnabledRules(LintConfiguration configuration) =>
        _enabledRules.GetValue(configuration, c => Rules.Where(r => Catalog.Find(r.Id) is { } meta && RuleSelection.IsEnabled(meta, c)).ToHashSet<Rule>(ReferenceEqualityComparer.Instance));

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

        // The front end asks once per rule, nearly always under one configuration: its set is looked up once per file.
        LintConfiguration? seen = null;
        HashSet<Rule>? enabled = null;
        bool IsEnabled(Rule rule, LintConfiguration effective)
        {
            if (factsOnly) return false;
            if (!ReferenceEquals(effective, seen)) (seen, enabled) = (effective, EnabledRules(effective));
            return enabled!.Contains(rule);
        }

        FrontEndResult raw;
        try
        {
            raw = frontEnd.Run(input, IsEnabled, context);
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
