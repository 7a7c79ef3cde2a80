namespace ContainerLint.Core.Dockerfile.Rules;

using System.Globalization;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Images;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1024: a FROM image whose release is past its end of life (no more security fixes), per the one end-of-life table.
/// Each image is reported once: where it ships (the built stage's base) when it does, else at its first use.
/// </summary>
public sealed class EndOfLifeBaseImage : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.EndOfLifeBaseImage;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context)
    {
        var today = context.Configuration.Today;
        var shipped = facts.Final?.Root;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var stages = facts.Graph.Stages.OrderBy(s => ReferenceEquals(s, shipped) ? 0 : 1);
        foreach (var stage in stages)
        {
            if (stage.Image is not { } image || EndOfLife.Find(image, today) is not { } eol || !reported.Add(image.FullName + ":" + image.Tag)) continue;
            yield return new RuleHit(stage.BaseImage.Span, stage.BaseImage.Value, eol.Product, eol.EndOfLife.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }
}
