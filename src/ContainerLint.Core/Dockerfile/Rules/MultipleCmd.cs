namespace ContainerLint.Core.Dockerfile.Rules;

using System.Globalization;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1056: more than one CMD in a stage; only the last takes effect, so the earlier ones are reported.</summary>
public sealed class MultipleCmd : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.MultipleCmd;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var (overridden, last) in facts.OverriddenInStage(InstructionKind.Cmd))
        {
            hits.Add(new RuleHit(overridden.KeywordSpan, last.StartLine.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
