namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>
/// PSS baseline "hostPathVolumes": no hostPath volume. A mount that a more specific enabled rule reports (the runtime
/// socket, a sensitive path) is left to it, so one mount gives one finding; the pss-baseline policy runs this rule alone.
/// </summary>
public sealed class HostPathVolume : WorkloadRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.HostPathVolume;

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        foreach (var v in workload.Volumes)
        {
            if (v.Find("hostPath") is { } e && e.Value is not Yaml.YamlScalar { IsNull: true } && !HostPathMounts.ReportedMoreSpecifically(workload, v, context))
            {
                var path = (e.Value as Yaml.YamlMapping)?.GetString("path") ?? "";
                hits.Add(workload.Hit(e.Key.Span, v.GetString("name") ?? "", path));
            }
        }
    }
}
