namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Rules;

/// <summary>The pod runs as the namespace's default service account (CIS 5.1.5).</summary>
public sealed class DefaultServiceAccount : WorkloadRule
{
    public override string Id => "CL2110";

    protected override IEnumerable<RuleHit> Check(Workload workload, RuleContext context)
    {
        var entry = workload.PodSpec.Find("serviceAccountName") ?? workload.PodSpec.Find("serviceAccount");
        var name = (entry?.Value as Yaml.YamlScalar)?.Value;
        if (string.IsNullOrEmpty(name) || name == "default") yield return workload.Hit(entry?.Value.Span ?? workload.PodAnchor);
    }
}
