namespace ContainerLint.Core.DotNetSdk.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Images;
using ContainerLint.Core.Rules;

/// <summary>CL4002: <c>ContainerBaseImage</c> not pinned by digest (off by default).</summary>
public sealed class SdkBaseImageNotPinnedByDigest : Rule<SdkContainerDocument>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SdkBaseImageNotPinnedByDigest;

    public override void Check(SdkContainerDocument document, RuleContext context, RuleHitSink hits)
    {
        if (document.Find(SdkContainerNames.BaseImage) is { } property && ImageReference.TryParse(property.Value) is { HasDigest: false })
        {
            hits.Add(new RuleHit(property.Span, property.Value));
        }
    }
}
