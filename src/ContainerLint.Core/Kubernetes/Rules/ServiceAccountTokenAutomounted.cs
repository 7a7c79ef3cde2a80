namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Rules;

/// <summary>automountServiceAccountToken not false on the pod (CIS 5.1.6): every process gets an API credential it rarely needs.</summary>
public sealed class ServiceAccountTokenAutomounted : WorkloadRule
{
    public override string Id => "CL2109";

    protected override IEnumerable<RuleHit> Check(Workload workload, RuleContext context)
    {
        if (workload.PodSpec.GetBoolean("automountServiceAccountToken") == false) yield break;
        yield return workload.Hit(workload.PodSpec.Find("automountServiceAccountToken")?.Value.Span ?? workload.PodAnchor);
    }
}
