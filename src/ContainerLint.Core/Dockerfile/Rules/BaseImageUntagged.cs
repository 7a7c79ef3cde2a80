namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1021: a FROM image with neither tag nor digest (the engine pulls whatever <c>:latest</c> is).</summary>
public sealed class BaseImageUntagged : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.BaseImageUntagged;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context) =>
        facts.Graph.Stages
            .Where(s => s.Image is { IsUntagged: true })
            .Select(s => new RuleHit(s.BaseImage.Span, s.BaseImage.Value));
}
