namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Rules;

/// <summary>PSS restricted "runAsUser": runAsUser 0 at pod level or in any container fails (skipped for hostUsers: false).</summary>
public sealed class RunsAsRootUser : WorkloadRule
{
    public override string Id => "CL2016";

    protected override IEnumerable<RuleHit> Check(Workload workload, RuleContext context)
    {
        if (workload.UsesUserNamespace) yield break;
        foreach (var (container, entry) in SecurityContextEntries(workload, "runAsUser"))
        {
            if (entry.Value is Yaml.YamlScalar s && s.AsInteger() == 0) yield return HitOn(workload, container, s.Span, Where(container));
        }
    }
}
