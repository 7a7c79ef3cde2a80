namespace ContainerLint.Core.Compose.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>A published port without a host IP binds every interface (CIS Docker 5.14).</summary>
public sealed class PortOnAllInterfaces : ServiceRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.PortOnAllInterfaces;

    protected override void Check(ComposeService s, RuleContext context, RuleHitSink hits)
    {
        foreach (var item in s.Node.GetSequence("ports")?.Items ?? [])
        {
            if (item is YamlScalar p && ComposeVolumes.PublishesOnAllInterfaces(p.Value)) hits.Add(s.Hit(p.Span, s.Name, p.Value));
            else if (item is YamlMapping m && m.GetString("published") is not null && m.GetString("host_ip") is null or "" or "0.0.0.0" or "::")
            {
                hits.Add(s.Hit(m.Find("published")!.Value.Span, s.Name, m.GetString("published")!));
            }
        }
    }
}
