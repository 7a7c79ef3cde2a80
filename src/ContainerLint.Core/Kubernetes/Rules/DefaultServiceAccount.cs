namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>The pod runs as the namespace's default service account (CIS 5.1.5).</summary>
public sealed class DefaultServiceAccount : WorkloadRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.DefaultServiceAccount;

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        var entry = workload.PodSpec.Find("serviceAccountName") ?? workload.PodSpec.Find("serviceAccount");
        var name = (entry?.Value as Yaml.YamlScalar)?.Value;
        if (name == "default" || string.IsNullOrEmpty(name) && !workload.IsPatch) hits.Add(workload.Hit(entry?.Value.Span ?? workload.PodAnchor));
    }
}
