namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1055: more than one HEALTHCHECK in a stage; only the last takes effect, so the earlier ones are reported.</summary>
public sealed class MultipleHealthchecks : Rule<DockerfileDocument>
{
    public override string Id => "CL1055";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context) =>
        HygieneOverrides.Overridden(document, context, InstructionKind.Healthcheck);
}
