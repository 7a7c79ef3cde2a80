namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Rules;

/// <summary>PSS baseline "hostPathVolumes": no volume may have a hostPath source.</summary>
public sealed class HostPathVolume : WorkloadRule
{
    public override string Id => "CL2003";

    protected override IEnumerable<RuleHit> Check(Workload workload, RuleContext context)
    {
        foreach (var v in workload.Volumes)
        {
            if (v.Find("hostPath") is { } e && e.Value is not Yaml.YamlScalar { IsNull: true })
            {
                var path = (e.Value as Yaml.YamlMapping)?.GetString("path") ?? "";
                yield return workload.Hit(e.Key.Span, v.GetString("name") ?? "", path);
            }
        }
    }
}
