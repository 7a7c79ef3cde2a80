namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>PSS restricted "allowPrivilegeEscalation": every container must set it to false explicitly (Windows pods exempt).</summary>
public sealed class PrivilegeEscalationAllowed : WorkloadRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.PrivilegeEscalationAllowed;

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        if (workload.IsWindows) return;
        foreach (var c in workload.Containers)
        {
            var entry = c.SecurityContext?.Find("allowPrivilegeEscalation");
            if (entry is null)
            {
                if (workload.IsPatch) continue;
                // The API server refuses allowPrivilegeEscalation: false beside privileged: true or CAP_SYS_ADMIN: no fix there.
                var refused = c.SecurityContext?.GetBoolean("privileged") == true || Scalars(c.Capabilities, "add").Any(s => NetRawNotDropped.IsCapability(s.Value, "SYS_ADMIN"));
                hits.Add(c.Hit(c.SecurityContextAnchor, c.Name, "unset") with
                {
                    Fix = refused ? null : SecurityContextFixes.AddField(c, "Set allowPrivilegeEscalation: false", "allowPrivilegeEscalation: false"),
                });
            }
            else if (c.SecurityContext!.GetBoolean("allowPrivilegeEscalation") != false) hits.Add(c.Hit(entry.Value.Span, c.Name, ((Yaml.YamlScalar?)(entry.Value as Yaml.YamlScalar))?.Value ?? "not false"));
        }
    }
}
