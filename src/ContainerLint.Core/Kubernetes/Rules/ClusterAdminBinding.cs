namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>A binding to the cluster-admin ClusterRole (CIS 5.1.1).</summary>
public sealed class ClusterAdminBinding : Rule<KubernetesFile>
{
    public override RuleMetadata Descriptor => RuleDescriptors.ClusterAdminBinding;

    public override void Check(KubernetesFile document, RuleContext context, RuleHitSink hits)
    {
        foreach (var b in BindingRule.Bindings(document))
        {
            if (b.Node.GetMapping("roleRef")?.GetScalar("name") is { Value: "cluster-admin" } name) hits.Add(b.Hit(name.Span, b.Kind, b.Name));
        }
    }
}
