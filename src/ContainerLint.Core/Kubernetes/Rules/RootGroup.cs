namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>
/// GID 0 through runAsGroup (pod or container), fsGroup or supplementalGroups: files owned by the
/// root group, often group-writable, open up (trivy KSV-0116). Skipped for user-namespace pods.
/// </summary>
public sealed class RootGroup : WorkloadRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.RootGroup;

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        if (workload.UsesUserNamespace) return;
        foreach (var (container, entry) in SecurityContextEntries(workload, "runAsGroup"))
        {
            if (entry.Value is YamlScalar s && s.AsInteger() == 0) hits.Add(HitOn(workload, container, s.Span, Where(container), "runAsGroup: 0"));
        }

        if (workload.SecurityContext?.GetScalar("fsGroup") is { } fs && fs.AsInteger() == 0) hits.Add(workload.Hit(fs.Span, "The pod", "fsGroup: 0"));
        foreach (var g in Scalars(workload.SecurityContext, "supplementalGroups"))
        {
            if (g.AsInteger() == 0) hits.Add(workload.Hit(g.Span, "The pod", "supplementalGroups with 0"));
        }
    }
}
