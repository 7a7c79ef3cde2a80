namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1050: the final image exposes SSH (port 22, or a range holding it).</summary>
public sealed class SshPortExposed : Rule<DockerfileDocument>
{
    public override string Id => "CL1050";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context) =>
        HygienePorts.ExposedByFinalImage(document, context)
            .Where(port => port.Contains(22))
            .Select(port => new RuleHit(port.Span, port.Value));
}
