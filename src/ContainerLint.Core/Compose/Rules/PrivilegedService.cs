namespace ContainerLint.Core.Compose.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>privileged: true (CIS Docker 5.5).</summary>
public sealed class PrivilegedService : ServiceRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.PrivilegedService;

    protected override void Check(ComposeService s, RuleContext context, RuleHitSink hits)
    {
        if (s.Node.GetBoolean("privileged") == true) hits.Add(s.Hit(s.Node.Find("privileged")!.Value.Span, s.Name));
    }
}
