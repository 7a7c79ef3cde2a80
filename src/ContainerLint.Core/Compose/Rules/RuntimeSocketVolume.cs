namespace ContainerLint.Core.Compose.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>A container runtime socket in volumes, short or long syntax (CIS Docker 5.32).</summary>
public sealed class RuntimeSocketVolume : ServiceRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.RuntimeSocketVolume;

    protected override void Check(ComposeService s, RuleContext context, RuleHitSink hits)
    {
        foreach (var (source, span) in ComposeVolumes.HostSources(s))
        {
            if (Kubernetes.Rules.HostPathMounts.IsRuntimeSocket(source)) hits.Add(s.Hit(span, s.Name, source));
        }
    }
}
