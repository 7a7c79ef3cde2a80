namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1057: more than one ENTRYPOINT in a stage; only the last takes effect, so the earlier ones are reported.</summary>
public sealed class MultipleEntrypoint : Rule<DockerfileDocument>
{
    public override string Id => "CL1057";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context) =>
        HygieneOverrides.Overridden(document, context, InstructionKind.Entrypoint);
}
