namespace ContainerLint.Core.Compose.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>A sensitive host directory in volumes (CIS Docker 5.6).</summary>
public sealed class SensitiveHostPathVolume : ServiceRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.SensitiveHostPathVolume;

    protected override void Check(ComposeService s, RuleContext context, RuleHitSink hits)
    {
        foreach (var (source, span) in ComposeVolumes.HostSources(s))
        {
            if (!Kubernetes.Rules.HostPathMounts.IsRuntimeSocket(source) && Kubernetes.Rules.HostPathMounts.IsSensitive(source)) hits.Add(s.Hit(span, s.Name, source));
        }
    }
}
