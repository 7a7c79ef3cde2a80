namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>One policy rule of a Role or ClusterRole, with its lists and where they are written.</summary>
public sealed record RbacPolicyRule(YamlMapping Node, IReadOnlySet<string> Verbs, IReadOnlySet<string> Resources, IReadOnlySet<string> ApiGroups)
{
    public SourceSpan VerbsSpan => Node.Find("verbs")?.Value.Span ?? Node.Span;

    public SourceSpan ResourcesSpan => Node.Find("resources")?.Value.Span ?? Node.Span;

    /// <summary>Grants <paramref name="verb"/> (or <c>*</c>) on <paramref name="resource"/> (or <c>*</c>).</summary>
    public bool Allows(string verb, string resource) =>
        (Verbs.Contains(verb) || Verbs.Contains("*")) && (Resources.Contains(resource) || Resources.Contains("*"));

    public bool AllowsAny(IEnumerable<string> verbs, string resource) => verbs.Any(v => Allows(v, resource));
}

/// <summary>A rule over the policy rules of every Role and ClusterRole (CIS 5.1, NIST 4.3.1).</summary>
public abstract class RbacRule : Rule<KubernetesFile>
{
    public sealed override IEnumerable<RuleHit> Check(KubernetesFile document, RuleContext context)
    {
        foreach (var role in document.Objects)
        {
            if (role.Kind is not ("Role" or "ClusterRole")) continue;
            foreach (var node in (role.Node.GetSequence("rules")?.Items ?? []).OfType<YamlMapping>())
            {
                var rule = new RbacPolicyRule(node, Set(node, "verbs"), Set(node, "resources"), Set(node, "apiGroups"));
                foreach (var (span, detail) in Check(rule)) yield return role.Hit(span, role.Kind, role.Name, detail);
            }
        }
    }

    protected abstract IEnumerable<(SourceSpan Span, string Detail)> Check(RbacPolicyRule rule);

    private static HashSet<string> Set(YamlMapping node, string key) =>
        (node.GetSequence(key)?.Items ?? []).OfType<YamlScalar>().Select(s => s.Value).ToHashSet(StringComparer.Ordinal);
}
