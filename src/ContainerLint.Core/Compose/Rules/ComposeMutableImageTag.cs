namespace ContainerLint.Core.Compose.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>image untagged or :latest (NIST 4.2.2).</summary>
public sealed class ComposeMutableImageTag : ServiceRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.ComposeMutableImageTag;

    protected override void Check(ComposeService s, RuleContext context, RuleHitSink hits)
    {
        if (s.Node.GetScalar("image") is { IsNull: false } image && Images.ImageReference.TryParse(image.Value) is { IsMutableLatest: true })
        {
            hits.Add(s.Hit(image.Span, s.Name, image.Value));
        }
    }
}
