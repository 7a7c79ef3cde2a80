namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>PSS baseline "privileged": no container may set securityContext.privileged: true.</summary>
public sealed class PrivilegedContainer : WorkloadRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.PrivilegedContainer;

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        foreach (var c in workload.Containers)
        {
            if (c.SecurityContext?.Find("privileged") is { } e && c.SecurityContext.GetBoolean("privileged") == true)
            {
                hits.Add(c.Hit(e.Value.Span, c.Name));
            }
        }
    }
}
