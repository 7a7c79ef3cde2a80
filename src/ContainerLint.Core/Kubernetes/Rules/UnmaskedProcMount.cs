namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Rules;

/// <summary>PSS baseline "procMount": procMount unset or Default, unless the pod runs in a user namespace (hostUsers: false).</summary>
public sealed class UnmaskedProcMount : WorkloadRule
{
    public override string Id => "CL2008";

    protected override IEnumerable<RuleHit> Check(Workload workload, RuleContext context) =>
        workload.UsesUserNamespace ? [] : ProcMountHits(workload);

    internal static IEnumerable<RuleHit> ProcMountHits(Workload workload)
    {
        foreach (var c in workload.Containers)
        {
            if (c.SecurityContext?.GetScalar("procMount") is { IsNull: false } s && s.Value != "Default")
            {
                yield return c.Hit(s.Span, c.Name, s.Value);
            }
        }
    }
}
