namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;

/// <summary>Access to nodes/proxy reaches the kubelet API (CIS 5.1.10).</summary>
public sealed class RbacNodesProxy : RbacRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.RbacNodesProxy;

    protected override IEnumerable<(SourceSpan Span, string Detail)> Check(RbacPolicyRule rule)
    {
        if (!rule.Resources.Contains("*") && (rule.Resources.Contains("nodes/proxy")) && rule.Verbs.Count > 0) yield return (rule.ResourcesSpan, "nodes/proxy");
    }
}
