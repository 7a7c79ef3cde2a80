namespace ContainerLint.Core.Dockerfile.Rules;

using System.Globalization;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1055: more than one HEALTHCHECK in a stage; only the last takes effect, so the earlier ones are reported.</summary>
public sealed class MultipleHealthchecks : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.MultipleHealthchecks;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var (overridden, last) in facts.OverriddenInStage(InstructionKind.Healthcheck))
        {
            hits.Add(new RuleHit(overridden.KeywordSpan, last.StartLine.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
