namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Images;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>A rule over each container's parsed image reference (images that do not parse, e.g. templated, are skipped).</summary>
public abstract class ImageRule : ContainerRule
{
    protected sealed override void Check(ContainerView c, RuleContext context, RuleHitSink hits)
    {
        if (c.ImageNode is not { } node || c.ParsedImage is not { } image) return;
        Check(c, node, image, context, hits);
    }

    protected abstract void Check(ContainerView c, YamlScalar node, ImageReference image, RuleContext context, RuleHitSink hits);
}
