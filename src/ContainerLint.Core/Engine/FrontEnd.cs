namespace ContainerLint.Core.Engine;

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

    internal abstract FrontEndResult Run(LintInput input, Func<Rule, bool> isEnabled, RuleContext context);
}

/// <summary>The raw output of a front end for one file, before catalog, suppressions and severities are applied.</summary>
internal sealed record FrontEndResult(
    IReadOnlyList<(string RuleId, RuleHit Hit)> Hits,
    IReadOnlyList<Suppression> Suppressions,
    bool Skipped)
{
    /// <summary>What the cross-file pass needs to know about the file, when the front end extracts facts.</summary>
    public CrossFile.FileFacts? Facts { get; init; }
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
    private readonly IReadOnlyList<Rule<TModel>> _rules;

    public FrontEnd(FileKind kind, Func<LintInput, ParsedDocument<TSyntax>> parse, Func<TSyntax, RuleContext, TModel> analyze, IReadOnlyList<Rule<TModel>> rules)
    {
        Kind = kind;
        _parse = parse;
        _analyze = analyze;
        _rules = rules;
    }

    public override FileKind Kind { get; }

    public override IEnumerable<Rule> Rules => _rules;

    /// <summary>
    /// Optional: distils the analysed model into a small immutable facts record for the cross-file pass, so no AST
    /// outlives its file.
    /// </summary>
    public Func<TModel, LintInput, RuleContext, CrossFile.FileFacts?>? Facts { get; init; }

    internal override FrontEndResult Run(LintInput input, Func<Rule, bool> isEnabled, RuleContext context)
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

        var model = _analyze(document, context);
        foreach (var rule in _rules)
        {
            if (!isEnabled(rule)) continue;
            try
            {
                foreach (var hit in rule.Check(model, context))
                {
                    hits.Add((hit.RuleIdOverride ?? rule.Id, hit));
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A defect in one rule must not stop the others or crash the run.
                hits.Add((DiagnosticIds.InternalError, new RuleHit(SourceSpan.FileStart, rule.Id, ex.GetType().Name)));
            }
        }

        return new FrontEndResult(hits, parsed.Suppressions, parsed.Skipped) { Facts = ExtractFacts(model, input, context, hits) };
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
