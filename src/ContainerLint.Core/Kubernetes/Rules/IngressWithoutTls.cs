namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>An Ingress without spec.tls serves its hosts over plain HTTP.</summary>
public sealed class IngressWithoutTls : Rule<KubernetesFile>
{
    public override RuleMetadata Descriptor => RuleDescriptors.IngressWithoutTls;

    public override void Check(KubernetesFile document, RuleContext context, RuleHitSink hits)
    {
        foreach (var ingress in document.OfKind("Ingress"))
        {
            if (ingress.Spec?.GetSequence("tls") is { Items.Count: > 0 } || ingress.IsPatch && ingress.Spec?.Find("tls") is null) continue;
            hits.Add(ingress.Hit(ingress.Spec?.Find("tls")?.Key.Span ?? ingress.NameSpan, ingress.Name));
        }
    }
}
