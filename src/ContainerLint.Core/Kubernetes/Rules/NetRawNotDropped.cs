namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>
/// NET_RAW kept or added (CIS 5.2.8), judged as the runtime applies the list: containerd and CRI-O compare capability
/// names case-insensitively, so <c>drop: [all]</c> drops NET_RAW. (The PSS restricted check, CL2018, stays
/// case-sensitive like the admission controller; where it reports on the same spot this rule says nothing more.)
/// </summary>
public sealed class NetRawNotDropped : ContainerRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.NetRawNotDropped;

    protected override void Check(ContainerView c, RuleContext context, RuleHitSink hits)
    {
        if (c.Workload.IsWindows) return;
        var added = Scalars(c.Capabilities, "add").FirstOrDefault(s => IsCapability(s.Value, "NET_RAW") || IsCapability(s.Value, "ALL"));
        if (added is not null)
        {
            hits.Add(c.Hit(added.Span, c.Name, "adds " + added.Value));
            return;
        }

        if (c.Workload.IsPatch && c.Capabilities?.Find("drop") is null) return;
        if (!Scalars(c.Capabilities, "drop").Any(s => IsCapability(s.Value, "ALL") || IsCapability(s.Value, "NET_RAW")))
        {
            hits.Add(c.Hit(c.Capabilities?.Find("drop")?.Key.Span ?? c.SecurityContext?.Find("capabilities")?.Key.Span ?? c.SecurityContextAnchor, c.Name, "does not drop it"));
        }
    }

    /// <summary>The name as the container runtime reads it: case-insensitive (it upper-cases before adding the CAP_ prefix).</summary>
    internal static bool IsCapability(string written, string capability) => string.Equals(written.Trim(), capability, StringComparison.OrdinalIgnoreCase);
}
