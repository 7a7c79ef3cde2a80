namespace ContainerLint.Core.Dockerfile.Rules;

using System.Globalization;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Images;
using ContainerLint.Core.Rules;

/// <summary>CL1024: a FROM image whose release is past its end of life (no more security fixes), per the one end-of-life table.</summary>
public sealed class EndOfLifeBaseImage : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.EndOfLifeBaseImage;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context)
    {
        var today = context.Configuration.Today;
        foreach (var stage in facts.Graph.Stages)
        {
            if (stage.Image is { } image && EndOfLife.Find(image, today) is { } eol)
            {
                yield return new RuleHit(stage.BaseImage.Span, stage.BaseImage.Value, eol.Product, eol.EndOfLife.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }
    }
}
