namespace ContainerLint.Core.Compose.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>privileged: true (CIS Docker 5.5).</summary>
public sealed class PrivilegedService : ServiceRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.PrivilegedService;

    protected override IEnumerable<RuleHit> Check(ComposeService s, RuleContext context)
    {
        if (s.Node.GetBoolean("privileged") == true) yield return s.Hit(s.Node.Find("privileged")!.Value.Span, s.Name);
    }
}
