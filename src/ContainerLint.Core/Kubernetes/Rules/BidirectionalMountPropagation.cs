namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>volumeMounts[].mountPropagation: Bidirectional lets a container's mounts reach the host (CIS Docker 5.20).</summary>
public sealed class BidirectionalMountPropagation : ContainerRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.BidirectionalMountPropagation;

    protected override void Check(ContainerView c, RuleContext context, RuleHitSink hits)
    {
        foreach (var m in (c.Node.GetSequence("volumeMounts")?.Items ?? []).OfType<YamlMapping>())
        {
            if (m.GetScalar("mountPropagation") is { Value: "Bidirectional" } s) hits.Add(c.Hit(s.Span, c.Name, m.GetString("name") ?? ""));
        }
    }
}
