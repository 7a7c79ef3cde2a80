namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>A binding to the cluster-admin ClusterRole (CIS 5.1.1).</summary>
public sealed class ClusterAdminBinding : Rule<KubernetesFile>
{
    public override RuleMetadata Descriptor => RuleDescriptors.ClusterAdminBinding;

    public override IEnumerable<RuleHit> Check(KubernetesFile document, RuleContext context)
    {
        foreach (var b in BindingRule.Bindings(document))
        {
            if (b.Node.GetMapping("roleRef")?.GetScalar("name") is { Value: "cluster-admin" } name) yield return b.Hit(name.Span, b.Kind, b.Name);
        }
    }
}
