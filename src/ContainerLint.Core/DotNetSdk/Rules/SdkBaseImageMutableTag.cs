namespace ContainerLint.Core.DotNetSdk.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Images;
using ContainerLint.Core.Rules;

/// <summary>CL4001: <c>ContainerBaseImage</c> without a tag or with <c>:latest</c> (and no digest).</summary>
public sealed class SdkBaseImageMutableTag : Rule<SdkContainerDocument>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SdkBaseImageMutableTag;

    public override void Check(SdkContainerDocument document, RuleContext context, RuleHitSink hits)
    {
        if (document.Find(SdkContainerNames.BaseImage) is not { } property || ImageReference.TryParse(property.Value) is not { } image) return;
        if (image.IsMutableLatest)
        {
            hits.Add(new RuleHit(property.Span, property.Value));
        }
    }
}
