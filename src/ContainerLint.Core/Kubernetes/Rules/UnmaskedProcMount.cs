namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>PSS baseline "procMount": procMount unset or Default, unless the pod runs in a user namespace (hostUsers: false).</summary>
public sealed class UnmaskedProcMount : WorkloadRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.UnmaskedProcMount;

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        if (!workload.UsesUserNamespace) ProcMountHits(workload, hits);
    }

    internal static void ProcMountHits(Workload workload, RuleHitSink hits)
    {
        foreach (var c in workload.Containers)
        {
            if (c.SecurityContext?.GetScalar("procMount") is { IsNull: false } s && s.Value != "Default")
            {
                hits.Add(c.Hit(s.Span, c.Name, s.Value));
            }
        }
    }
}
