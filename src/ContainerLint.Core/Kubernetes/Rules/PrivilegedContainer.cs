namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Rules;

/// <summary>PSS baseline "privileged": no container may set securityContext.privileged: true.</summary>
public sealed class PrivilegedContainer : WorkloadRule
{
    public override string Id => "CL2001";

    protected override IEnumerable<RuleHit> Check(Workload workload, RuleContext context)
    {
        foreach (var c in workload.Containers)
        {
            if (c.SecurityContext?.Find("privileged") is { } e && c.SecurityContext.GetBoolean("privileged") == true)
            {
                yield return c.Hit(e.Value.Span, c.Name);
            }
        }
    }
}
