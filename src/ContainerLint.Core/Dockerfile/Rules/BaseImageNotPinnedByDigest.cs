namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1022: a FROM image not pinned by <c>@sha256:</c> digest (tags can be moved).</summary>
public sealed class BaseImageNotPinnedByDigest : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.BaseImageNotPinnedByDigest;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context) =>
        facts.Graph.Stages
            .Where(s => s.Image is { HasDigest: false })
            .Select(s => new RuleHit(s.BaseImage.Span, s.BaseImage.Value));
}
