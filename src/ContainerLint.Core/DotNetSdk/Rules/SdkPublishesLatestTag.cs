namespace ContainerLint.Core.DotNetSdk.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>CL4012: the image is published with the mutable tag <c>latest</c> (<c>ContainerImageTag</c>/<c>ContainerImageTags</c>).</summary>
public sealed class SdkPublishesLatestTag : Rule<SdkContainerDocument>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SdkPublishesLatestTag;

    public override void Check(SdkContainerDocument document, RuleContext context, RuleHitSink hits)
    {
        foreach (var name in new[] { SdkContainerNames.ImageTag, SdkContainerNames.ImageTags })
        {
            if (document.Find(name) is { } property
                && property.Value.Split(';', StringSplitOptions.TrimEntries).Contains("latest", StringComparer.OrdinalIgnoreCase))
            {
                hits.Add(new RuleHit(property.Span, name));
            }
        }
    }
}
