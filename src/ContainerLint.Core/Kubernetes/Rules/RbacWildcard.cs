namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;

/// <summary>Wildcards in verbs, resources or apiGroups (CIS 5.1.3).</summary>
public sealed class RbacWildcard : RbacRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.RbacWildcard;

    protected override IEnumerable<(SourceSpan Span, string Detail)> Check(RbacPolicyRule rule)
    {
        if (rule.Verbs.FirstOrDefault(v => v.Value == "*") is { } verb) yield return (verb.Span, "verbs: [\"*\"]");
        if (rule.Resources.FirstOrDefault(r => r.Value == "*") is { } resource) yield return (resource.Span, "resources: [\"*\"]");
    }
}
