namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1022: a FROM image not pinned by <c>@sha256:</c> digest (tags can be moved).</summary>
public sealed class BaseImageNotPinnedByDigest : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.BaseImageNotPinnedByDigest;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var s in facts.Graph.Stages)
        {
            if (s.Image is { HasDigest: false }) hits.Add(new RuleHit(s.BaseImage.Span, s.BaseImage.Value));
        }
    }
}
