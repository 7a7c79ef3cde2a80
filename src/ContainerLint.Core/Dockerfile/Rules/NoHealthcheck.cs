namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Rules;

/// <summary>CL1054: the final stage sets no HEALTHCHECK (or turns it off with HEALTHCHECK NONE).</summary>
public sealed class NoHealthcheck : Rule<DockerfileDocument>
{
    public override string Id => "CL1054";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        if (document.GetStages(context).Final is not { } final) yield break;
        var last = final.SelfAndBaseStages().Select(s => s.OfKind(InstructionKind.Healthcheck).LastOrDefault()).FirstOrDefault(h => h is not null);
        if (last is null)
        {
            yield return new RuleHit(final.From.KeywordSpan, "no HEALTHCHECK");
        }
        else if (last.Arguments.Count > 0 && string.Equals(last.Arguments[0].Value, "NONE", StringComparison.OrdinalIgnoreCase))
        {
            yield return new RuleHit(last.Arguments[0].Span, "HEALTHCHECK NONE");
        }
    }
}
