namespace ContainerLint.Core.Dockerfile.Rules;

using System.Globalization;
using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1024: a FROM image whose release is past its end of life (no more security fixes), per the maintained table.</summary>
public sealed class EndOfLifeBaseImage : Rule<DockerfileDocument>
{
    public override string Id => "CL1024";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        var today = context.Configuration.Today;
        foreach (var stage in document.GetStages(context).Stages)
        {
            if (stage.Image is { } image && SecurityEndOfLifeImages.Find(image, today) is { } eol)
            {
                yield return new RuleHit(stage.BaseImage.Span, stage.BaseImage.Value, eol.Product, eol.EndOfLife.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }
    }
}
