namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;

/// <summary>Creating pods or pod controllers runs arbitrary images with the namespace's service accounts (CIS 5.1.4).</summary>
public sealed class RbacCreatePods : RbacRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.RbacCreatePods;

    protected override IEnumerable<(SourceSpan Span, string Detail)> Check(RbacPolicyRule rule)
    {
        foreach (var resource in new[] { "pods", "deployments", "daemonsets", "statefulsets", "replicasets", "jobs", "cronjobs" })
        {
            if (!rule.Resources.Contains("*") && rule.Allows("create", resource))
            {
                yield return (rule.ResourcesSpan, "create on " + resource);
                yield break;
            }
        }
    }
}
