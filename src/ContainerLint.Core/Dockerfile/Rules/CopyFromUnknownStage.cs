namespace ContainerLint.Core.Dockerfile.Rules;

using System.Globalization;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1066: <c>--from</c> naming no earlier stage, when it is surely meant as one: a stage defined
/// later, an index out of range, or a near-miss of a stage name. Other single words are external
/// images (<c>--from=busybox</c>) and stay silent.
/// </summary>
public sealed class CopyFromUnknownStage : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.CopyFromUnknownStage;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        var graph = facts.Graph;
        foreach (var stage in graph.Stages)
        {
            foreach (var reference in stage.CopyFrom)
            {
                if (reference.Stage is not null || !reference.Value.IsFullyResolved) continue;
                var v = reference.Value.Value;
                if (CopyFromCurrentStage.IsSelf(stage, v)) continue;
                var span = reference.Flag.ValueSpan ?? reference.Flag.Span;
                if (int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    hits.Add(new RuleHit(span, v, "no earlier stage has that index"));
                    continue;
                }

                if (v.IndexOfAny(['/', ':', '@', '.']) >= 0) continue;
                var later = graph.FirstNamedAfter(v, stage.Index);
                if (later is not null)
                {
                    hits.Add(new RuleHit(span, v, $"stage '{later.Name}' is defined later, on line {later.From.StartLine}, and cannot be used here"));
                    continue;
                }

                var near = graph.NearMissBefore(v, stage.Index);
                if (near is not null) hits.Add(new RuleHit(span, v, $"did you mean stage '{near.Name}'"));
            }
        }
    }
}
