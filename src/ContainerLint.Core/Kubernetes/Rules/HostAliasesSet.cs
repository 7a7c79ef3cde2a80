namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Rules;

/// <summary>spec.hostAliases rewrites the pod's /etc/hosts, which can silently redirect traffic.</summary>
public sealed class HostAliasesSet : WorkloadRule
{
    public override string Id => "CL2118";

    protected override IEnumerable<RuleHit> Check(Workload workload, RuleContext context)
    {
        if (workload.PodSpec.Find("hostAliases") is { Value: Yaml.YamlSequence { Items.Count: > 0 } } e) yield return workload.Hit(e.Key.Span);
    }
}
