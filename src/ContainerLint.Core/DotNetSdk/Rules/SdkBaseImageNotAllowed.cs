namespace ContainerLint.Core.DotNetSdk.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Images;
using ContainerLint.Core.Rules;

/// <summary>CL4013: a ContainerBaseImage outside allowedImages/allowedRegistries (NIST 4.1.5, CIS Docker 4.2), in the CLI and in dotnet build.</summary>
public sealed class SdkBaseImageNotAllowed : Rule<SdkContainerDocument>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SdkBaseImageNotAllowed;

    public override void Check(SdkContainerDocument document, RuleContext context, RuleHitSink hits) =>
        hits.AddRange(AllowedImages.Outside(() => ImageInventory.Of(document), context.Configuration));
}
