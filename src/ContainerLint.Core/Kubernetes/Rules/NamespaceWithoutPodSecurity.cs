namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>
/// A Namespace without the Pod Security Admission enforce label, or enforcing <c>privileged</c>:
/// the API server admits any pod into it (CIS 5.2.1).
/// </summary>
public sealed class NamespaceWithoutPodSecurity : Rule<KubernetesFile>
{
    private const string EnforceLabel = "pod-security.kubernetes.io/enforce";

    public override RuleMetadata Descriptor => RuleDescriptors.NamespaceWithoutPodSecurity;

    public override void Check(KubernetesFile document, RuleContext context, RuleHitSink hits)
    {
        foreach (var ns in document.OfKind("Namespace"))
        {
            var labels = ns.Metadata?.GetMapping("labels");
            var enforce = labels?.GetScalar(EnforceLabel);
            if (enforce is null || enforce.IsNull)
            {
                if (ns.IsPatch) continue;
                hits.Add(ns.Hit(ns.Metadata?.Find("labels")?.Key.Span ?? ns.NameSpan, ns.Name, "has no " + EnforceLabel + " label"));
            }
            else if (enforce.Value == "privileged")
            {
                hits.Add(ns.Hit(enforce.Span, ns.Name, "enforces the privileged level"));
            }
        }
    }
}
