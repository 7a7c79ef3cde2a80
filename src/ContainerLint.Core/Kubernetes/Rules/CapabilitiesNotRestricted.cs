namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>
/// PSS restricted "capabilities_restricted", exactly as the admission controller checks it: capabilities.drop must
/// contain the literal, case-sensitive ALL and capabilities.add may only hold NET_BIND_SERVICE. Windows pods are exempt.
/// A lower-case <c>all</c> drops every capability at run time but fails admission, and the message says so.
/// </summary>
public sealed class CapabilitiesNotRestricted : WorkloadRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.CapabilitiesNotRestricted;

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        if (workload.IsWindows) return;
        foreach (var c in workload.Containers)
        {
            // A patch without a drop list leaves the base's in place.
            if (!Scalars(c.Capabilities, "drop").Any(s => s.Value == "ALL") && !(workload.IsPatch && c.Capabilities?.Find("drop") is null))
            {
                var otherCase = Scalars(c.Capabilities, "drop").FirstOrDefault(s => NetRawNotDropped.IsCapability(s.Value, "ALL"));
                var at = otherCase?.Span ?? c.Capabilities?.Find("drop")?.Key.Span ?? c.SecurityContext?.Find("capabilities")?.Key.Span ?? c.SecurityContextAnchor;
                hits.Add(c.Hit(at, c.Name, otherCase is null
                    ? "does not drop ALL"
                    : $"drops '{otherCase.Value}', which the runtime honours but Pod Security admission does not: it accepts only ALL in capitals") with
                {
                    // Only where no drop list is written: the file's own list is never rewritten.
                    Fix = c.Capabilities?.Find("drop") is null ? SecurityContextFixes.DropAllCapabilities(c, "Drop all capabilities (capabilities.drop: [\"ALL\"])") : null,
                });
            }

            foreach (var cap in Scalars(c.Capabilities, "add"))
            {
                if (cap.Value != "NET_BIND_SERVICE") hits.Add(c.Hit(cap.Span, c.Name, "adds " + cap.Value));
            }
        }
    }
}
