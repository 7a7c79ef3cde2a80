namespace ContainerLint.Core.DotNetSdk.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Images;
using ContainerLint.Core.Rules;

/// <summary>CL4001: <c>ContainerBaseImage</c> without a tag or with <c>:latest</c> (and no digest).</summary>
public sealed class SdkBaseImageMutableTag : Rule<SdkContainerDocument>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SdkBaseImageMutableTag;

    public override IEnumerable<RuleHit> Check(SdkContainerDocument document, RuleContext context)
    {
        if (document.Find(SdkContainerNames.BaseImage) is not { } property || ImageReference.TryParse(property.Value) is not { } image) yield break;
        if (image.IsMutableLatest)
        {
            yield return new RuleHit(property.Span, property.Value);
        }
    }
}
