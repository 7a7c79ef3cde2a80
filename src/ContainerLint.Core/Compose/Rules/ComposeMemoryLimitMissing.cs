namespace ContainerLint.Core.Compose.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>No mem_limit or deploy.resources.limits.memory (CIS Docker 5.11).</summary>
public sealed class ComposeMemoryLimitMissing : ServiceRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.ComposeMemoryLimitMissing;

    protected override void Check(ComposeService s, RuleContext context, RuleHitSink hits)
    {
        if (s.IsPartial) return;
        if (s.Node.GetString("mem_limit") is not null || s.Node.GetMapping("deploy")?.GetMapping("resources")?.GetMapping("limits")?.GetString("memory") is not null) return;
        hits.Add(s.Hit(s.NameNode.Span, s.Name));
    }
}
