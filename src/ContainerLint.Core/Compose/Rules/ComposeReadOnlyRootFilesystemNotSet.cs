namespace ContainerLint.Core.Compose.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>read_only: true not set (CIS Docker 5.13).</summary>
public sealed class ComposeReadOnlyRootFilesystemNotSet : ServiceRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.ComposeReadOnlyRootFilesystemNotSet;

    protected override void Check(ComposeService s, RuleContext context, RuleHitSink hits)
    {
        if (s.Node.GetBoolean("read_only") == true || s.IsPartial && s.Node.Find("read_only") is null) return;
        hits.Add(s.Hit(s.Node.Find("read_only")?.Value.Span ?? s.NameNode.Span, s.Name));
    }
}
