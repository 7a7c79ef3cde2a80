namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1046: a RUN right after another RUN, neither with flags: merging them saves a layer.</summary>
public sealed class ConsecutiveRunInstructions : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.ConsecutiveRunInstructions;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var stage in facts.Graph.Stages)
        {
            var list = stage.Instructions;
            for (var i = 1; i < list.Count; i++)
            {
                var (a, b) = (list[i - 1], list[i]);
                if (a.Kind == InstructionKind.Run && b.Kind == InstructionKind.Run && a.Flags.Count == 0 && b.Flags.Count == 0 && !a.IsJsonForm && !b.IsJsonForm)
                {
                    hits.Add(new RuleHit(b.KeywordSpan, a.StartLine.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }
            }
        }
    }
}
