namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>A Service of type NodePort or LoadBalancer, or with externalIPs, is reachable from outside the cluster (NIST 4.4.2).</summary>
public sealed class ExposedService : Rule<KubernetesFile>
{
    public override RuleMetadata Descriptor => RuleDescriptors.ExposedService;

    public override void Check(KubernetesFile document, RuleContext context, RuleHitSink hits)
    {
        foreach (var s in document.OfKind("Service"))
        {
            if (s.Spec?.GetScalar("type") is { Value: "NodePort" or "LoadBalancer" } type) hits.Add(s.Hit(type.Span, s.Name, "type " + type.Value));
            if (s.Spec?.Find("externalIPs") is { Value: Yaml.YamlSequence { Items.Count: > 0 } } e) hits.Add(s.Hit(e.Key.Span, s.Name, "externalIPs"));
        }
    }
}
