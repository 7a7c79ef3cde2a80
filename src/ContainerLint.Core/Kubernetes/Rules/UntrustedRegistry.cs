namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Images;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>Image from a registry outside the configured trusted list (NIST 4.1.5, CIS 5.5.1); silent when no list is configured.</summary>
public sealed class UntrustedRegistry : ImageRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.UntrustedRegistry;

    protected override void Check(ContainerView c, YamlScalar node, ImageReference image, RuleContext context, RuleHitSink hits)
    {
        var trusted = context.Configuration.TrustedRegistries;
        if (!image.IsFromTrustedRegistry(trusted)) hits.Add(c.Hit(node.Span, c.Name, node.Value, string.Join(", ", trusted)));
    }
}
