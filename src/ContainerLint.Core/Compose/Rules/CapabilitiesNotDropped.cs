namespace ContainerLint.Core.Compose.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>cap_drop does not contain ALL (CIS Docker 5.4).</summary>
public sealed class CapabilitiesNotDropped : ServiceRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.CapabilitiesNotDropped;

    protected override void Check(ComposeService s, RuleContext context, RuleHitSink hits)
    {
        if (s.IsPartial) return;
        if (s.ScalarItems("cap_drop").Any(c => c.Value.Equals("ALL", StringComparison.OrdinalIgnoreCase))) return;
        hits.Add(s.Hit(s.Node.Find("cap_drop")?.Key.Span ?? s.NameNode.Span, s.Name));
    }
}
