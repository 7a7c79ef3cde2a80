namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Images;
using ContainerLint.Core.Rules;

/// <summary>CL2135: a container image outside allowedImages/allowedRegistries (NIST 4.1.5, CIS Kubernetes 5.5.1).</summary>
public sealed class KubernetesImageNotAllowed : Rule<KubernetesFile>
{
    public override RuleMetadata Descriptor => RuleDescriptors.KubernetesImageNotAllowed;

    public override void Check(KubernetesFile document, RuleContext context, RuleHitSink hits) =>
        hits.AddRange(AllowedImages.Outside(() => ImageInventory.Of(document), context.Configuration).Select(h => h with { Args = [.. h.Args, h.Container ?? ""] }));
}
