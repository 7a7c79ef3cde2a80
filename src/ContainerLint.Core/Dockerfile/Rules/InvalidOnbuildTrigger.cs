namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1071: ONBUILD triggers BuildKit refuses: ONBUILD ONBUILD, ONBUILD FROM, ONBUILD MAINTAINER.</summary>
public sealed class InvalidOnbuildTrigger : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.InvalidOnbuildTrigger;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var i in facts.Document.Instructions)
        {
            if (i.Kind != InstructionKind.Onbuild) continue;
            if (i.OnBuild is { Kind: InstructionKind.Onbuild or InstructionKind.From or InstructionKind.Maintainer } sub) hits.Add(new RuleHit(sub.KeywordSpan, sub.Name));
        }
    }
}
