namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>spec.hostAliases rewrites the pod's /etc/hosts, which can silently redirect traffic.</summary>
public sealed class HostAliasesSet : WorkloadRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.HostAliasesSet;

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        if (workload.PodSpec.Find("hostAliases") is { Value: Yaml.YamlSequence { Items.Count: > 0 } } e) hits.Add(workload.Hit(e.Key.Span));
    }
}
