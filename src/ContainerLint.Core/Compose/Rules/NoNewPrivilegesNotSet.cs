namespace ContainerLint.Core.Compose.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>security_opt lacks no-new-privileges:true (CIS Docker 5.26).</summary>
public sealed class NoNewPrivilegesNotSet : ServiceRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.NoNewPrivilegesNotSet;

    protected override void Check(ComposeService s, RuleContext context, RuleHitSink hits)
    {
        if (s.IsPartial) return;
        if (s.ScalarItems("security_opt").Any(o => o.Value.Replace(" ", "", StringComparison.Ordinal) is "no-new-privileges:true" or "no-new-privileges=true" or "no-new-privileges")) return;
        hits.Add(s.Hit(s.Node.Find("security_opt")?.Key.Span ?? s.NameNode.Span, s.Name));
    }
}
