namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>A long-running container without liveness and readiness probes (CIS Docker 5.27); off by default; pods that run to completion (Jobs, CronJobs, bare Pods, Argo workflow steps, KEDA ScaledJobs) are left out.</summary>
public sealed class ProbesMissing : ContainerRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.ProbesMissing;

    protected override void Check(ContainerView c, RuleContext context, RuleHitSink hits)
    {
        if (c.List != ContainerListKind.Regular || c.Workload.RunsToCompletion || c.Workload.IsPatch) return;
        foreach (var probe in new[] { "livenessProbe", "readinessProbe" })
        {
            if (c.Node.GetMapping(probe) is null) hits.Add(c.Hit(c.Anchor, c.Name, probe));
        }
    }
}
