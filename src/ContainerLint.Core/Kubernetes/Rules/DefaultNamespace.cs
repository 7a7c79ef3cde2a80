namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>
/// An object placed explicitly in the default namespace (CIS 5.7.4). An absent namespace is left alone:
/// it is chosen at apply time (kubectl -n, kustomize), so only an explicit default is a decision.
/// </summary>
public sealed class DefaultNamespace : Rule<KubernetesFile>
{
    public override RuleMetadata Descriptor => RuleDescriptors.DefaultNamespace;

    public override void Check(KubernetesFile document, RuleContext context, RuleHitSink hits)
    {
        foreach (var o in document.Objects)
        {
            if (o.Namespace == "default" && o.Metadata?.Find("namespace") is { } e) hits.Add(o.Hit(e.Value.Span, o.Kind, o.Name));
        }
    }
}
