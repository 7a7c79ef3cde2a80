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

public sealed class FrontEnd<TDocument> : FrontEnd
    where TDocument : class
{
    private readonly Func<LintInput, ParsedDocument<TDocument>> _parse;
    private readonly IReadOnlyList<Rule<TDocument>> _rules;

    public FrontEnd(FileKind kind, Func<LintInput, ParsedDocument<TDocument>> parse, IReadOnlyList<Rule<TDocument>> rules)
    {
        Kind = kind;
        _parse = parse;
        _rules = rules;
    }

    public override FileKind Kind { get; }

    public override IEnumerable<Rule> Rules => _rules;

    /// <summary>
    /// Optional: distils a parsed document into a small immutable facts record for the cross-file
    /// pass, so no AST outlives its file.
    /// </summary>
    public Func<TDocument, LintInput, RuleContext, CrossFile.FileFacts?>? Facts { get; init; }

    internal override FrontEndResult Run(LintInput input, Func<Rule, bool> isEnabled, RuleContext context)
    {
        var parsed = _parse(input);
        var hits = new List<(string, RuleHit)>();
        foreach (var d in parsed.Diagnostics)
        {
            hits.Add((d.RuleIdOverride ?? DiagnosticIds.ParseError, d));
        }

        if (parsed.Document is { } document && !parsed.Skipped)
        {
            foreach (var rule in _rules)
            {
                if (!isEnabled(rule)) continue;
                try
                {
                    foreach (var hit in rule.Check(document, context))
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
        }

        return new FrontEndResult(hits, parsed.Suppressions, parsed.Skipped) { Facts = ExtractFacts(parsed, input, context, hits) };
    }

    private CrossFile.FileFacts? ExtractFacts(ParsedDocument<TDocument> parsed, LintInput input, RuleContext context, List<(string, RuleHit)> hits)
    {
        if (Facts is null || parsed.Document is not { } document || parsed.Skipped) return null;
        try
        {
            return Facts(document, input, context);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            hits.Add((DiagnosticIds.InternalError, new RuleHit(SourceSpan.FileStart, "cross-file facts", ex.GetType().Name)));
            return null;
        }
    }
}
