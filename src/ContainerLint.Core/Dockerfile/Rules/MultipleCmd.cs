namespace ContainerLint.Core.Dockerfile.Rules;

using System.Globalization;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1056: more than one CMD in a stage; only the last takes effect, so the earlier ones are reported.</summary>
public sealed class MultipleCmd : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.MultipleCmd;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context) =>
        facts.OverriddenInStage(InstructionKind.Cmd).Select(o => new RuleHit(o.Overridden.KeywordSpan, o.Last.StartLine.ToString(CultureInfo.InvariantCulture)));
}
