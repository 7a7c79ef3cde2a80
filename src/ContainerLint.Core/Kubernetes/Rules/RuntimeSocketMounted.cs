namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>hostPath of a container runtime socket (docker, containerd, CRI-O): full control of the node (CIS Docker 5.32).</summary>
public sealed class RuntimeSocketMounted : WorkloadRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.RuntimeSocketMounted;

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        foreach (var (volume, path) in HostPathMounts.HostPaths(workload))
        {
            if (HostPathMounts.IsRuntimeSocket(path.Value)) hits.Add(workload.Hit(path.Span, volume.GetString("name") ?? "", path.Value));
        }
    }
}
