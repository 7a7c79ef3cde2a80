namespace ContainerLint.Core.Engine;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;

/// <summary>
/// A parser for one kind of input and the rules over its documents. The engine is generic over
/// front ends so that a new input kind adds a front end, not a branch in the engine.
/// </summary>
public abstract class FrontEnd
{
    public abstract FileKind Kind { get; }

    public abstract IEnumerable<Rule> Rules { get; }

    /// <param name="input">The file.</param>
    /// <param name="enabledRuleIds">
    /// The ids of the rules that run under a configuration (the file's own, see <see cref="FileRulePolicy"/>); the same set
    /// object for the same configuration, so the front end can keep its rules filtered per set.
    /// </param>
    /// <param name="context">The configuration resolved for the file.</param>
    internal abstract FrontEndResult Run(LintInput input, Func<LintConfiguration, IReadOnlySet<string>> enabledRuleIds, RuleContext context);
}

/// <summary>
/// What a file itself says about its rules, on top of the configuration resolved for it: a Dockerfile's
/// <c># check=skip=…;error=true</c> directive (BuildKit's build-check settings) turns rules on, raises their severity
/// and silences some of their hits.
/// </summary>
/// <param name="Configuration">The configuration to lint the file under.</param>
/// <param name="Keeps">False for a hit (rule id, hit) the file silences; it is dropped, not reported as suppressed.</param>
public sealed record FileRulePolicy(LintConfiguration Configuration, Func<string, RuleHit, bool> Keeps)
{
    /// <summary>Input diagnostics about the file's own settings (an unparsable directive), each with <see cref="RuleHit.RuleIdOverride"/> set.</summary>
    public IReadOnlyList<RuleHit> Diagnostics { get; init; } = [];
}

/// <summary>The raw output of a front end for one file, before catalog, suppressions and severities are applied.</summary>
internal sealed record FrontEndResult(
    IReadOnlyList<(string RuleId, RuleHit Hit)> Hits,
    IReadOnlyList<Suppression> Suppressions,
    bool Skipped)
{
    /// <summary>What the cross-file pass needs to know about the file, when the front end extracts facts.</summary>
    public CrossFile.FileFacts? Facts { get; init; }

    /// <summary>The configuration the file was linted under when the file itself adjusted it (<see cref="FileRulePolicy"/>), else null.</summary>
    public LintConfiguration? Configuration { get; init; }
}

/// <summary>
/// A front end whose rules read an analysed model of the parsed syntax: parse (configuration-free) → analyse once
/// for the configuration (facts) → rules. The Dockerfile front end analyses a <c>DockerfileDocument</c> into
/// <c>DockerfileFacts</c> that every Dockerfile rule reads.
/// </summary>
/// <typeparam name="TSyntax">What the parser produces.</typeparam>
/// <typeparam name="TModel">What the rules read.</typeparam>
public class FrontEnd<TSyntax, TModel> : FrontEnd
    where TSyntax : class
    where TModel : class
{
    private readonly Func<LintInput, ParsedDocument<TSyntax>> _parse;
    private readonly Func<TSyntax, RuleContext, TModel> _analyze;
    private readonly Rule<TModel>[] _rules;

    // The rules an enabled-id set keeps, filtered once per set (the engine hands out one set per configuration) instead of
    // a set lookup per rule and file; an array, walked with no enumerator to box.
    // Each with its id read once: the id is the descriptor's, behind a virtual property and a static, per rule and file.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlySet<string>, (Rule<TModel> Rule, string Id)[]> _enabled = new();
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlySet<string>, (Rule<TModel> Rule, string Id)[]>.CreateValueCallback _select;

    public FrontEnd(FileKind kind, Func<LintInput, ParsedDocument<TSyntax>> parse, Func<TSyntax, RuleContext, TModel> analyze, IReadOnlyList<Rule<TModel>> rules)
    {
        Kind = kind;
        _parse = parse;
        _analyze = analyze;
        _rules = [.. rules];
        _select = ids => [.. _rules.Where(r => ids.Contains(r.Id)).Select(r => (r, r.Id))];
    }

    public override FileKind Kind { get; }

    public override IEnumerable<Rule> Rules => _rules;

    /// <summary>
    /// Optional: distils the analysed model into a small immutable facts record for the cross-file pass, so no AST
    /// outlives its file.
    /// </summary>
    public Func<TModel, LintInput, RuleContext, CrossFile.FileFacts?>? Facts { get; init; }

    /// <summary>Optional: what a parsed file says about its own rules (<see cref="FileRulePolicy"/>), given the resolved configuration.</summary>
    public Func<TSyntax, LintConfiguration, FileRulePolicy?>? FilePolicy { get; init; }

    internal override FrontEndResult Run(LintInput input, Func<LintConfiguration, IReadOnlySet<string>> enabledRuleIds, RuleContext context)
    {
        var parsed = _parse(input);
        var hits = new List<(string, RuleHit)>();
        foreach (var d in parsed.Diagnostics)
        {
            hits.Add((d.RuleIdOverride ?? DiagnosticIds.ParseError, d));
        }

        if (parsed.Document is not { } document || parsed.Skipped)
        {
            return new FrontEndResult(hits, parsed.Suppressions, parsed.Skipped);
        }

        var policy = FilePolicy?.Invoke(document, context.Configuration);
        if (policy is not null)
        {
            context = context with { Configuration = policy.Configuration };
            foreach (var d in policy.Diagnostics) hits.Add((d.RuleIdOverride ?? DiagnosticIds.ParseError, d));
        }

        var model = _analyze(document, context);
        var sink = new RuleHitSink(hits, "");
        foreach (var (rule, id) in _enabled.GetValue(enabledRuleIds(context.Configuration), _select))
        {
            try
            {
                sink.RuleId = id;
                rule.Check(model, context, sink);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A defect in one rule must not stop the others or crash the run.
                hits.Add((DiagnosticIds.InternalError, new RuleHit(SourceSpan.FileStart, rule.Id, ex.GetType().Name)));
            }
        }

        var facts = ExtractFacts(model, input, context, hits);
        if (policy is not null) hits.RemoveAll(h => !policy.Keeps(h.Item1, h.Item2));
        return new FrontEndResult(hits, parsed.Suppressions, parsed.Skipped) { Facts = facts, Configuration = policy?.Configuration };
    }

    private CrossFile.FileFacts? ExtractFacts(TModel model, LintInput input, RuleContext context, List<(string, RuleHit)> hits)
    {
        if (Facts is null) return null;
        try
        {
            return Facts(model, input, context);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            hits.Add((DiagnosticIds.InternalError, new RuleHit(SourceSpan.FileStart, "cross-file facts", ex.GetType().Name)));
            return null;
        }
    }
}

/// <summary>A front end whose rules read the parsed document itself.</summary>
public sealed class FrontEnd<TDocument>(FileKind kind, Func<LintInput, ParsedDocument<TDocument>> parse, IReadOnlyList<Rule<TDocument>> rules)
    : FrontEnd<TDocument, TDocument>(kind, parse, static (document, _) => document, rules)
    where TDocument : class;
