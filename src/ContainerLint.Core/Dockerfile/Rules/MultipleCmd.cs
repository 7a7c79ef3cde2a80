namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1056: more than one CMD in a stage; only the last takes effect, so the earlier ones are reported.</summary>
public sealed class MultipleCmd : Rule<DockerfileDocument>
{
    public override string Id => "CL1056";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context) =>
        HygieneOverrides.Overridden(document, context, InstructionKind.Cmd);
}
