namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>
/// No AppArmor profile chosen for a container: neither its securityContext, nor the pod's, nor the
/// container.apparmor.security.beta.kubernetes.io annotation sets one (trivy KSV-0002). The runtime then applies its
/// default where the node has AppArmor, and nothing where it has not; an Unconfined profile is CL2006's. Windows pods
/// and Kustomize patch fragments are left out.
/// </summary>
public sealed class AppArmorProfileNotSet : ContainerRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.AppArmorProfileNotSet;

    protected override void Check(ContainerView c, RuleContext context, RuleHitSink hits)
    {
        var pod = c.Workload;
        if (pod.IsWindows || pod.IsPatch || c.List == ContainerListKind.Ephemeral) return;
        if (c.SecurityContext?.Find("appArmorProfile") is not null || pod.SecurityContext?.Find("appArmorProfile") is not null) return;
        if (pod.Annotations?.Find(UnconfinedAppArmorProfile.AnnotationPrefix + c.Name) is not null) return;
        hits.Add(c.Hit(c.SecurityContextAnchor, c.Name));
    }
}
