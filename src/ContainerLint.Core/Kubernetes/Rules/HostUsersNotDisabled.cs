namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>
/// hostUsers not false: the pod shares the host's user namespace, so UID 0 inside is UID 0 on the
/// node (CIS Docker 5.31). Windows pods have no user namespaces and are skipped.
/// </summary>
public sealed class HostUsersNotDisabled : WorkloadRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.HostUsersNotDisabled;

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        if (workload.UsesUserNamespace || workload.IsWindows) return;
        if (workload.IsPatch && workload.PodSpec.Find("hostUsers") is null) return;
        if (workload.PodSpec.Find("hostUsers") is { } entry) hits.Add(workload.Hit(entry.Value.Span, "sets hostUsers: " + ((entry.Value as Yaml.YamlScalar)?.Value ?? "?")));
        else hits.Add(workload.Hit(workload.PodAnchor, "does not set hostUsers"));
    }
}
