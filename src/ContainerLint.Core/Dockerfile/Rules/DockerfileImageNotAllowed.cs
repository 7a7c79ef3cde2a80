namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Images;
using ContainerLint.Core.Rules;

/// <summary>CL1084: a FROM, COPY --from or RUN --mount=from image outside allowedImages/allowedRegistries (NIST 4.1.5, CIS Docker 4.2).</summary>
public sealed class DockerfileImageNotAllowed : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.DockerfileImageNotAllowed;

    public override void Check(DockerfileFacts document, RuleContext context, RuleHitSink hits)
    {
        // On by default and silent without a list: no delegate or iterator per file then.
        if (!context.Configuration.AllowedImages.IsSet) return;
        hits.AddRange(AllowedImages.Outside(() => ImageInventory.Of(document), context.Configuration));
    }
}
