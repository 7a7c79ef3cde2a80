namespace ContainerLint.Core.Compose.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Images;
using ContainerLint.Core.Rules;

/// <summary>CL3016: a service image outside allowedImages/allowedRegistries (NIST 4.1.5, CIS Docker 4.2).</summary>
public sealed class ComposeImageNotAllowed : Rule<ComposeFile>
{
    public override RuleMetadata Descriptor => RuleDescriptors.ComposeImageNotAllowed;

    public override void Check(ComposeFile document, RuleContext context, RuleHitSink hits) =>
        hits.AddRange(AllowedImages.Outside(() => ImageInventory.Of(document), context.Configuration));
}
