namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1053: the final image exposes a port below 1024 (binding it needs root or NET_BIND_SERVICE); port 22 is CL1050's.</summary>
public sealed class PrivilegedPortExposed : Rule<DockerfileDocument>
{
    public override string Id => "CL1053";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context) =>
        HygienePorts.ExposedByFinalImage(document, context)
            .Where(port => port.Error is null && port.Start is > 0 and < 1024 && !port.Contains(22))
            .Select(port => new RuleHit(port.Span, port.Value));
}
