namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Images;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>Image untagged or :latest (NIST 4.2.2): what runs changes under the same name.</summary>
public sealed class MutableImageTag : ImageRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.MutableImageTag;

    protected override void Check(ContainerView c, YamlScalar node, ImageReference image, RuleContext context, RuleHitSink hits)
    {
        if (image.IsMutableLatest) hits.Add(c.Hit(node.Span, c.Name, node.Value));
    }
}
