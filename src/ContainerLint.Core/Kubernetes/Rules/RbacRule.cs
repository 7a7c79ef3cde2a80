namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>
/// One policy rule of a Role or ClusterRole: its lists as written, each item with its span, so a finding points at
/// the offending verb or resource and not at the whole list.
/// </summary>
public sealed class RbacPolicyRule
{
    internal RbacPolicyRule(YamlMapping node)
    {
        Node = node;
        Verbs = Items(node, "verbs");
        Resources = Items(node, "resources");
        ApiGroups = Items(node, "apiGroups");
        ResourceNames = Items(node, "resourceNames");
        HasApiGroups = node.Find("apiGroups") is not null;
    }

    public YamlMapping Node { get; }

    public IReadOnlyList<YamlScalar> Verbs { get; }

    public IReadOnlyList<YamlScalar> Resources { get; }

    public IReadOnlyList<YamlScalar> ApiGroups { get; }

    /// <summary>resourceNames: when present, every verb is limited to the named objects (create and deletecollection are then not granted at all).</summary>
    public IReadOnlyList<YamlScalar> ResourceNames { get; }

    /// <summary>The rule names objects with resourceNames, so it does not reach every object of its resources.</summary>
    public bool IsLimitedToNames => ResourceNames.Count > 0;

    private bool HasApiGroups { get; }

    public SourceSpan VerbsSpan => Node.Find("verbs")?.Value.Span ?? Node.Span;

    public SourceSpan ResourcesSpan => Node.Find("resources")?.Value.Span ?? Node.Span;

    /// <summary>The verb item equal to <paramref name="verb"/>, else a <c>*</c> item, else null.</summary>
    public YamlScalar? Verb(string verb) => Item(Verbs, verb) ?? Item(Verbs, "*");

    /// <summary>Grants <paramref name="verb"/> (named, not through <c>*</c>).</summary>
    public bool NamesVerb(string verb) => Item(Verbs, verb) is not null;

    /// <summary>
    /// The item naming <paramref name="resource"/> exactly (not through <c>*</c>) when the rule's API groups include
    /// one of <paramref name="apiGroups"/> (none given: the core group "") or <c>*</c>; a rule without apiGroups is
    /// not judged by group. Null otherwise.
    /// </summary>
    public YamlScalar? NamedResource(string resource, params string[] apiGroups) =>
        InGroup(apiGroups.Length == 0 ? [""] : apiGroups) ? Item(Resources, resource) : null;

    private bool InGroup(string[] groups) => !HasApiGroups || Item(ApiGroups, "*") is not null || groups.Any(g => Item(ApiGroups, g) is not null);

    /// <summary>The first of <paramref name="verbs"/> the rule grants (by name or through <c>*</c>), or null.</summary>
    public YamlScalar? FirstVerb(IEnumerable<string> verbs)
    {
        foreach (var v in verbs)
        {
            if (Verb(v) is { } s) return s;
        }

        return null;
    }

    /// <summary>The verbs of <paramref name="verbs"/> that the rule grants, by name or through <c>*</c>, in the order given.</summary>
    public IReadOnlyList<string> GrantedOf(IEnumerable<string> verbs) => verbs.Where(v => Verb(v) is not null).ToArray();

    private static YamlScalar? Item(IReadOnlyList<YamlScalar> items, string value)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (string.Equals(items[i].Value, value, StringComparison.Ordinal)) return items[i];
        }

        return null;
    }

    private static YamlScalar[] Items(YamlMapping node, string key) =>
        (node.GetSequence(key)?.Items ?? []).OfType<YamlScalar>().Where(s => !s.IsNull).ToArray();
}

/// <summary>A rule over the policy rules of every Role and ClusterRole (CIS 5.1, NIST 4.3.1).</summary>
public abstract class RbacRule : Rule<KubernetesFile>
{
    public sealed override void Check(KubernetesFile document, RuleContext context, RuleHitSink hits)
    {
        foreach (var role in document.Objects)
        {
            if (role.Kind is not ("Role" or "ClusterRole")) continue;
            foreach (var node in (role.Node.GetSequence("rules")?.Items ?? []).OfType<YamlMapping>())
            {
                foreach (var (span, detail) in Check(new RbacPolicyRule(node))) hits.Add(role.Hit(span, role.Kind, role.Name, detail));
            }
        }
    }

    protected abstract IEnumerable<(SourceSpan Span, string Detail)> Check(RbacPolicyRule rule);

    /// <summary>"a, b and c".</summary>
    protected static string JoinWords(IReadOnlyList<string> words) =>
        words.Count <= 1 ? string.Concat(words) : string.Join(", ", words.Take(words.Count - 1)) + " and " + words[^1];
}
