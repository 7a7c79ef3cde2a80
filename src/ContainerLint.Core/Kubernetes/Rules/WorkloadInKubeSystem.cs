namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>
/// A pod placed in kube-system (trivy KSV-0037, CIS 5.7.1): it shares the namespace, its Secrets and its service accounts
/// with the control plane's add-ons. Reported once per object, on its namespace. A Kustomize patch's namespace only
/// selects the object it patches.
/// </summary>
public sealed class WorkloadInKubeSystem : Rule<KubernetesFile>
{
    public override RuleMetadata Descriptor => RuleDescriptors.WorkloadInKubeSystem;

    public override void Check(KubernetesFile document, RuleContext context, RuleHitSink hits)
    {
        KubeObject? previous = null;
        foreach (var w in document.Workloads)
        {
            var o = w.Owner;
            if (ReferenceEquals(o, previous)) continue;
            previous = o;
            if (o.IsPatch || o.Namespace != "kube-system" || o.Metadata?.Find("namespace") is not { } ns) continue;
            hits.Add(o.Hit(ns.Value.Span, o.Kind, o.Name));
        }
    }
}
