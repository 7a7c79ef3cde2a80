namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Images;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>Image not pinned by digest (NIST 4.1.5/4.2.2); off by default, tags are the norm.</summary>
public sealed class ImageNotPinnedByDigest : ImageRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.ImageNotPinnedByDigest;

    protected override void Check(ContainerView c, YamlScalar node, ImageReference image, RuleContext context, RuleHitSink hits)
    {
        if (!image.HasDigest) hits.Add(c.Hit(node.Span, c.Name, node.Value));
    }
}
