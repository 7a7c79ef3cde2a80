namespace ContainerLint.Core.Dockerfile.Rules;

using System.Globalization;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1057: more than one ENTRYPOINT in a stage; only the last takes effect, so the earlier ones are reported.</summary>
public sealed class MultipleEntrypoint : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.MultipleEntrypoint;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var (overridden, last) in facts.OverriddenInStage(InstructionKind.Entrypoint))
        {
            hits.Add(new RuleHit(overridden.KeywordSpan, last.StartLine.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
