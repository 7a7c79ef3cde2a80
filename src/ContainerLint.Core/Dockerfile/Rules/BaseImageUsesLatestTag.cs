namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1020: a FROM image tagged <c>:latest</c> (after ARG expansion; stages, scratch and unresolved names skipped).</summary>
public sealed class BaseImageUsesLatestTag : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.BaseImageUsesLatestTag;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context) =>
        facts.Graph.Stages
            .Where(s => s.Image is { IsLatestTag: true } image && !Images.OfficialImages.IsLocalTag(image))
            .Select(s => new RuleHit(s.BaseImage.Span, s.BaseImage.Value));
}
