namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>PSS baseline "hostPathVolumes": no volume may have a hostPath source.</summary>
public sealed class HostPathVolume : WorkloadRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.HostPathVolume;

    protected override void Check(Workload workload, RuleContext context, List<RuleHit> hits)
    {
        foreach (var v in workload.Volumes)
        {
            if (v.Find("hostPath") is { } e && e.Value is not Yaml.YamlScalar { IsNull: true })
            {
                var path = (e.Value as Yaml.YamlMapping)?.GetString("path") ?? "";
                hits.Add(workload.Hit(e.Key.Span, v.GetString("name") ?? "", path));
            }
        }
    }
}
