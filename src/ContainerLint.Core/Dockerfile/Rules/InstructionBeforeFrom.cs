namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Rules;

/// <summary>CL1074: an instruction other than ARG before the first FROM.</summary>
public sealed class InstructionBeforeFrom : Rule<DockerfileDocument>
{
    public override string Id => "CL1074";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var i in document.Instructions)
        {
            if (i.Kind == InstructionKind.From) yield break;
            if (i.Kind is not (InstructionKind.Arg or InstructionKind.Unknown)) yield return new RuleHit(i.KeywordSpan, i.Name);
        }
    }
}
