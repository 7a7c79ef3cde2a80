namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1074: an instruction other than ARG before the first FROM.</summary>
public sealed class InstructionBeforeFrom : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.InstructionBeforeFrom;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var i in facts.Document.Instructions)
        {
            if (i.Kind == InstructionKind.From) return;
            if (i.Kind is not (InstructionKind.Arg or InstructionKind.Unknown)) hits.Add(new RuleHit(i.KeywordSpan, i.Name));
        }
    }
}
