namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Rules;

/// <summary>PSS restricted "allowPrivilegeEscalation": every container must set it to false explicitly (Windows pods exempt).</summary>
public sealed class PrivilegeEscalationAllowed : WorkloadRule
{
    public override string Id => "CL2014";

    protected override IEnumerable<RuleHit> Check(Workload workload, RuleContext context)
    {
        if (workload.IsWindows) yield break;
        foreach (var c in workload.Containers)
        {
            var entry = c.SecurityContext?.Find("allowPrivilegeEscalation");
            if (entry is null) yield return c.Hit(c.SecurityContextAnchor, c.Name, "unset");
            else if (c.SecurityContext!.GetBoolean("allowPrivilegeEscalation") != false) yield return c.Hit(entry.Value.Span, c.Name, ((Yaml.YamlScalar?)(entry.Value as Yaml.YamlScalar))?.Value ?? "not false");
        }
    }
}
