namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;

/// <summary>Access to nodes/proxy reaches the kubelet API (CIS 5.1.10).</summary>
public sealed class RbacNodesProxy : RbacRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.RbacNodesProxy;

    protected override IEnumerable<(SourceSpan Span, string Detail)> Check(RbacPolicyRule rule)
    {
        if (rule.Verbs.Count > 0 && rule.NamedResource("nodes/proxy") is { } item) yield return (item.Span, "nodes/proxy");
    }
}
