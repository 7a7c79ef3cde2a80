namespace ContainerLint.Core.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;

/// <summary>
/// A rule: a typed descriptor (its catalog entry in rules/CLnnnn.yaml, generated as <see cref="RuleDescriptors"/>)
/// and one pure check over a parsed document.
/// </summary>
public abstract class Rule
{
    /// <summary>The rule's catalog entry (id, title, message, severity, mappings): <c>RuleDescriptors.&lt;RuleName&gt;</c>.</summary>
    public abstract RuleMetadata Descriptor { get; }

    /// <summary>The stable rule id, <c>CL</c> + four digits.</summary>
    public string Id => Descriptor.Id;
}

/// <summary>A rule over one kind of parsed document (a Dockerfile, a Kubernetes manifest file, …).</summary>
public abstract class Rule<TDocument> : Rule
    where TDocument : class
{
    /// <summary>
    /// Reports every violation in <paramref name="document"/> to <paramref name="hits"/>. Must not read files or keep
    /// state. A sink rather than a returned sequence: every rule runs for every file, and an iterator per rule and file
    /// cost more than most checks.
    /// </summary>
    public abstract void Check(TDocument document, RuleContext context, RuleHitSink hits);
}

/// <summary>
/// Where a rule reports its hits: the engine's list for the file, each hit filed under the running rule's id (or the
/// hit's <see cref="RuleHit.RuleIdOverride"/>).
/// </summary>
public sealed class RuleHitSink
{
    private readonly List<(string RuleId, RuleHit Hit)> _hits;

    /// <summary>A sink filing hits under <paramref name="ruleId"/> into <paramref name="hits"/>.</summary>
    internal RuleHitSink(List<(string RuleId, RuleHit Hit)> hits, string ruleId)
    {
        _hits = hits;
        RuleId = ruleId;
    }

    /// <summary>The id hits are filed under unless they override it; the engine moves it from rule to rule.</summary>
    public string RuleId { get; internal set; }

    public void Add(RuleHit hit) => _hits.Add((hit.RuleIdOverride ?? RuleId, hit));

    public void AddRange(IEnumerable<RuleHit> hits)
    {
        foreach (var hit in hits) Add(hit);
    }
}

/// <summary>
/// One violation found by a rule. The engine turns it into a <see cref="Finding"/>: it fills the
/// message template of the rule's catalog entry with <see cref="Args"/>, applies severity
/// configuration and suppressions. Arguments must never contain a secret in clear text
/// (use <see cref="Secrets.SecretMasker"/>).
/// </summary>
public sealed record RuleHit(SourceSpan Span, params string[] Args)
{
    /// <summary>Kubernetes/Compose object, e.g. <c>Deployment/default/web</c>.</summary>
    public string? Object { get; init; }

    /// <summary>Container name when the hit concerns one container.</summary>
    public string? Container { get; init; }

    public Fix? Fix { get; init; }

    /// <summary>The rule id to report under, when a rule class reports for more than one id (parse diagnostics).</summary>
    public string? RuleIdOverride { get; init; }

    /// <summary>
    /// The BuildKit build check this hit is, for a rule whose catalog entry names several (<c>equivalents.buildkit</c>), so a
    /// Dockerfile's <c># check=skip=…</c> can silence one and keep the other. Null for a rule naming one check (that one).
    /// </summary>
    public string? BuildCheck { get; init; }
}
