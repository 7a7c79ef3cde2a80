namespace ContainerLint.Core.DotNetSdk.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Images;
using ContainerLint.Core.Rules;

/// <summary>CL4003: <c>ContainerBaseImage</c> from a registry outside the configured trusted registries.</summary>
public sealed class SdkBaseImageUntrustedRegistry : Rule<SdkContainerDocument>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SdkBaseImageUntrustedRegistry;

    public override void Check(SdkContainerDocument document, RuleContext context, RuleHitSink hits)
    {
        var trusted = context.Configuration.TrustedRegistries;
        if (trusted.Count == 0) return;
        if (document.Find(SdkContainerNames.BaseImage) is { } property && ImageReference.TryParse(property.Value) is { } image && !image.IsFromTrustedRegistry(trusted))
        {
            hits.Add(new RuleHit(property.Span, property.Value, image.Registry));
        }
    }
}
