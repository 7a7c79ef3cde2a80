namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Rules;

/// <summary>CL1071: ONBUILD triggers BuildKit refuses: ONBUILD ONBUILD, ONBUILD FROM, ONBUILD MAINTAINER.</summary>
public sealed class InvalidOnbuildTrigger : Rule<DockerfileDocument>
{
    public override string Id => "CL1071";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var i in document.Instructions.Where(i => i.Kind == InstructionKind.Onbuild))
        {
            if (i.OnBuild is { Kind: InstructionKind.Onbuild or InstructionKind.From or InstructionKind.Maintainer } sub) yield return new RuleHit(sub.KeywordSpan, sub.Name);
        }
    }
}
