namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1021: a FROM image with neither tag nor digest (the engine pulls whatever <c>:latest</c> is, or, for Windows base
/// images, which publish no <c>:latest</c>, fails); locally built tags are not pulled and not reported.
/// </summary>
public sealed class BaseImageUntagged : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.BaseImageUntagged;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var s in facts.Graph.Stages)
        {
            // A bare name that is not an official image is a locally built tag (FROM bats-jenkins): nothing is pulled.
            if (s.Image is not { IsUntagged: true } image || Images.OfficialImages.IsLocalTag(image)) continue;
            hits.Add(Images.WindowsBaseImages.PublishesNoLatest(image)
                ? new RuleHit(s.BaseImage.Span, s.BaseImage.Value, "the build fails: Windows base images publish no :latest", "such as ltsc2022")
                : new RuleHit(s.BaseImage.Span, s.BaseImage.Value, "the build pulls whatever :latest is", "and ideally a digest"));
        }
    }
}
