namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>
/// hostPath of a sensitive host directory (/, /etc, /proc, /var/lib/kubelet, a kubeconfig, …) (CIS Docker 5.6), with
/// what it exposes and whether it is writable. Public content mounted read-only (the node's CA certificates, its
/// time zone) exposes nothing secret and is left to the generic hostPath rule.
/// </summary>
public sealed class SensitiveHostPathMounted : WorkloadRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.SensitiveHostPathMounted;

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        foreach (var (volume, path) in HostPathMounts.HostPaths(workload))
        {
            if (HostPathMounts.SensitiveExposure(workload, volume, path.Value) is { } exposure)
            {
                hits.Add(workload.Hit(path.Span, volume.GetString("name") ?? "", path.Value, exposure.ReadOnly ? "read-only" : "writable", exposure.Exposes));
            }
        }
    }
}
