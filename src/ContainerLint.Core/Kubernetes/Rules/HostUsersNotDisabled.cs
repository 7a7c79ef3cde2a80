namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Rules;

/// <summary>
/// hostUsers not false: the pod shares the host's user namespace, so UID 0 inside is UID 0 on the
/// node (CIS Docker 5.31). Windows pods have no user namespaces and are skipped.
/// </summary>
public sealed class HostUsersNotDisabled : WorkloadRule
{
    public override string Id => "CL2124";

    protected override IEnumerable<RuleHit> Check(Workload workload, RuleContext context)
    {
        if (workload.UsesUserNamespace || workload.IsWindows) yield break;
        if (workload.PodSpec.Find("hostUsers") is { } entry) yield return workload.Hit(entry.Value.Span, "sets hostUsers: " + ((entry.Value as Yaml.YamlScalar)?.Value ?? "?"));
        else yield return workload.Hit(workload.PodAnchor, "does not set hostUsers");
    }
}
