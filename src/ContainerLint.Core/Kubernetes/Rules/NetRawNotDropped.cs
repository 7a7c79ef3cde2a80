namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>NET_RAW kept (not dropped through ALL or by name) or added (CIS 5.2.8): raw sockets allow spoofing on the pod network.</summary>
public sealed class NetRawNotDropped : ContainerRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.NetRawNotDropped;

    protected override void Check(ContainerView c, RuleContext context, List<RuleHit> hits)
    {
        if (c.Workload.IsWindows) return;
        var added = Scalars(c.Capabilities, "add").FirstOrDefault(s => s.Value is "NET_RAW" or "ALL");
        if (added is not null)
        {
            hits.Add(c.Hit(added.Span, c.Name, "adds " + added.Value));
            return;
        }

        if (!Scalars(c.Capabilities, "drop").Any(s => s.Value is "ALL" or "NET_RAW"))
        {
            hits.Add(c.Hit(c.Capabilities?.Find("drop")?.Key.Span ?? c.SecurityContext?.Find("capabilities")?.Key.Span ?? c.SecurityContextAnchor, c.Name, "does not drop it"));
        }
    }
}
