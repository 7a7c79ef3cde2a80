namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Rules;

/// <summary>CL1055: more than one HEALTHCHECK in a stage; only the last takes effect, so the earlier ones are reported.</summary>
public sealed class MultipleHealthchecks : Rule<DockerfileDocument>
{
    public override string Id => "CL1055";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.GetStages(context).Stages)
        {
            var all = stage.OfKind(InstructionKind.Healthcheck).ToArray();
            for (var i = 0; i + 1 < all.Length; i++)
            {
                yield return new RuleHit(all[i].KeywordSpan, all[^1].StartLine.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
