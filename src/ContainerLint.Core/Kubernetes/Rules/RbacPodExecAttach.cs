namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;

/// <summary>pods/exec and pods/attach give a shell in running containers.</summary>
public sealed class RbacPodExecAttach : RbacRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.RbacPodExecAttach;

    protected override IEnumerable<(SourceSpan Span, string Detail)> Check(RbacPolicyRule rule)
    {
        if (rule.FirstVerb(["create", "get"]) is null) yield break;
        foreach (var resource in new[] { "pods/exec", "pods/attach" })
        {
            if (rule.NamedResource(resource) is { } item) yield return (item.Span, resource);
        }
    }
}
