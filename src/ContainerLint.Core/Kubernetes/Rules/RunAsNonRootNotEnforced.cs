namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>
/// PSS restricted "runAsNonRoot": an explicit false anywhere fails; a container that leaves it unset
/// is covered only by a pod-level true. Skipped for user-namespace pods (hostUsers: false).
/// </summary>
public sealed class RunAsNonRootNotEnforced : WorkloadRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.RunAsNonRootNotEnforced;

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        if (workload.UsesUserNamespace) return;
        var podEntry = workload.SecurityContext?.Find("runAsNonRoot");
        var pod = workload.SecurityContext?.GetBoolean("runAsNonRoot");
        if (podEntry is not null && pod != true && !(podEntry.Value is Yaml.YamlScalar { IsNull: true }))
        {
            hits.Add(workload.Hit(podEntry.Value.Span, "The pod", "it is set to false"));
        }

        foreach (var c in workload.Containers)
        {
            var entry = c.SecurityContext?.Find("runAsNonRoot");
            if (entry is not null && entry.Value is not Yaml.YamlScalar { IsNull: true })
            {
                if (c.SecurityContext!.GetBoolean("runAsNonRoot") != true) hits.Add(c.Hit(entry.Value.Span, $"Container '{c.Name}'", "it is set to false"));
            }
            else if (pod != true && !workload.IsPatch)
            {
                // Never where the file says otherwise: a pod-level runAsNonRoot (false) or a root runAsUser would be contradicted.
                var user = c.SecurityContext?.Find("runAsUser") ?? workload.SecurityContext?.Find("runAsUser");
                var stated = podEntry is not null || (user is not null && (user.Value as Yaml.YamlScalar)?.AsInteger() is not > 0);
                hits.Add(c.Hit(c.SecurityContextAnchor, $"Container '{c.Name}'", "unset here and not true on the pod") with
                {
                    Fix = stated ? null : SecurityContextFixes.AddField(c, "Set runAsNonRoot: true", "runAsNonRoot: true"),
                });
            }
        }
    }
}
