namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>
/// PSS restricted "capabilities_restricted": capabilities.drop must contain the literal ALL and
/// capabilities.add may only hold NET_BIND_SERVICE. Windows pods are exempt.
/// </summary>
public sealed class CapabilitiesNotRestricted : WorkloadRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.CapabilitiesNotRestricted;

    protected override void Check(Workload workload, RuleContext context, List<RuleHit> hits)
    {
        if (workload.IsWindows) return;
        foreach (var c in workload.Containers)
        {
            if (!Scalars(c.Capabilities, "drop").Any(s => s.Value == "ALL"))
            {
                var at = c.Capabilities?.Find("drop")?.Key.Span ?? c.SecurityContext?.Find("capabilities")?.Key.Span ?? c.SecurityContextAnchor;
                hits.Add(c.Hit(at, c.Name, "does not drop ALL"));
            }

            foreach (var cap in Scalars(c.Capabilities, "add"))
            {
                if (cap.Value != "NET_BIND_SERVICE") hits.Add(c.Hit(cap.Span, c.Name, "adds " + cap.Value));
            }
        }
    }
}
