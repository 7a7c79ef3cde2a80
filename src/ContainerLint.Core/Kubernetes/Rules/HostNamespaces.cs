namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>PSS baseline "hostNamespaces": hostNetwork, hostPID and hostIPC must be unset or false.</summary>
public sealed class HostNamespaces : WorkloadRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.HostNamespaces;

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        foreach (var key in new[] { "hostNetwork", "hostPID", "hostIPC" })
        {
            if (workload.PodSpec.Find(key) is { } e && workload.PodSpec.GetBoolean(key) == true)
            {
                hits.Add(workload.Hit(e.Value.Span, key));
            }
        }
    }
}
