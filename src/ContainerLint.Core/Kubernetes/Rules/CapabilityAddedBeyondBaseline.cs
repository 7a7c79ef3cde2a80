namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>PSS baseline "capabilities_baseline": capabilities.add may only hold the 13 default capabilities (exact, case-sensitive names).</summary>
public sealed class CapabilityAddedBeyondBaseline : WorkloadRule
{
    public static IReadOnlySet<string> Allowed { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE",
        "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
    };

    public override RuleMetadata Descriptor => RuleDescriptors.CapabilityAddedBeyondBaseline;

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        foreach (var c in workload.Containers)
        {
            foreach (var cap in Scalars(c.Capabilities, "add"))
            {
                if (!Allowed.Contains(cap.Value)) hits.Add(c.Hit(cap.Span, c.Name, cap.Value));
            }
        }
    }
}
