namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>
/// resources.limits.ephemeral-storage unset: a container can fill the node's disk with logs and
/// writable-layer data until the kubelet evicts its neighbours (NIST 4.4.3).
/// </summary>
public sealed class EphemeralStorageLimitMissing : ContainerRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.EphemeralStorageLimitMissing;

    protected override void Check(ContainerView c, RuleContext context, RuleHitSink hits)
    {
        if (c.List == ContainerListKind.Ephemeral || c.Workload.IsPatch) return;
        var resources = c.Node.GetMapping("resources");
        if (resources?.GetMapping("limits")?.GetString("ephemeral-storage") is { Length: > 0 }) return;
        hits.Add(c.Hit(resources?.Find("limits")?.Key.Span ?? c.Node.Find("resources")?.Key.Span ?? c.Anchor, c.Name));
    }
}
