namespace ContainerLint.Core.Dockerfile.Rules;

using System.Globalization;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1057: more than one ENTRYPOINT in a stage; only the last takes effect, so the earlier ones are reported.</summary>
public sealed class MultipleEntrypoint : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.MultipleEntrypoint;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context) =>
        facts.OverriddenInStage(InstructionKind.Entrypoint).Select(o => new RuleHit(o.Overridden.KeywordSpan, o.Last.StartLine.ToString(CultureInfo.InvariantCulture)));
}
