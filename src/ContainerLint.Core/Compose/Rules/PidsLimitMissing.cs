namespace ContainerLint.Core.Compose.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>No pids_limit or deploy.resources.limits.pids (CIS Docker 5.29).</summary>
public sealed class PidsLimitMissing : ServiceRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.PidsLimitMissing;

    protected override void Check(ComposeService s, RuleContext context, RuleHitSink hits)
    {
        if (s.IsPartial) return;
        if (s.Node.GetString("pids_limit") is not null || s.Node.GetMapping("deploy")?.GetMapping("resources")?.GetMapping("limits")?.GetString("pids") is not null) return;
        hits.Add(s.Hit(s.NameNode.Span, s.Name));
    }
}
