namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>hostPath of a sensitive host directory (/, /etc, /proc, /var/lib/kubelet, …) (CIS Docker 5.6).</summary>
public sealed class SensitiveHostPathMounted : WorkloadRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.SensitiveHostPathMounted;

    protected override void Check(Workload workload, RuleContext context, List<RuleHit> hits)
    {
        foreach (var (volume, path) in HostPathMounts.HostPaths(workload))
        {
            if (!HostPathMounts.IsRuntimeSocket(path.Value) && HostPathMounts.IsSensitive(path.Value))
            {
                hits.Add(workload.Hit(path.Span, volume.GetString("name") ?? "", path.Value));
            }
        }
    }
}
