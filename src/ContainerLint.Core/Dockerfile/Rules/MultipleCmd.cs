namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Rules;

/// <summary>CL1056: more than one CMD in a stage; only the last takes effect, so the earlier ones are reported.</summary>
public sealed class MultipleCmd : Rule<DockerfileDocument>
{
    public override string Id => "CL1056";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var stage in document.GetStages(context).Stages)
        {
            var all = stage.OfKind(InstructionKind.Cmd).ToArray();
            for (var i = 0; i + 1 < all.Length; i++)
            {
                yield return new RuleHit(all[i].KeywordSpan, all[^1].StartLine.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
