namespace ContainerLint.Core.Dockerfile.Rules;

using System.Globalization;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1067: <c>COPY --from</c> (or a RUN mount) naming the stage it is in; the build fails.</summary>
public sealed class CopyFromCurrentStage : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.CopyFromCurrentStage;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var stage in facts.Graph.Stages)
        {
            foreach (var reference in stage.CopyFrom)
            {
                if (reference.Stage is null && reference.Value.IsFullyResolved && IsSelf(stage, reference.Value.Value))
                {
                    hits.Add(new RuleHit(reference.Flag.ValueSpan ?? reference.Flag.Span, reference.Value.Value));
                }
            }
        }
    }

    internal static bool IsSelf(Stage stage, string value) =>
        (stage.Name is not null && string.Equals(stage.Name, value, StringComparison.OrdinalIgnoreCase))
        || (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index == stage.Index);
}
