namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;

/// <summary>pods/exec and pods/attach give a shell in running containers.</summary>
public sealed class RbacPodExecAttach : RbacRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.RbacPodExecAttach;

    protected override IEnumerable<(SourceSpan Span, string Detail)> Check(RbacPolicyRule rule)
    {
        foreach (var resource in new[] { "pods/exec", "pods/attach" })
        {
            if (!rule.Resources.Contains("*") && rule.AllowsAny(["create", "get"], resource)) yield return (rule.ResourcesSpan, resource);
        }
    }
}
