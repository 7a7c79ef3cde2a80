namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1052: an EXPOSE value BuildKit rejects or warns about (out of range, malformed, host mapping, upper-case protocol).</summary>
public sealed class InvalidExposedPort : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.InvalidExposedPort;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context) =>
        facts.ExposedPorts.Where(p => p.Port.Error is not null).Select(p => new RuleHit(p.Span, p.Port.Text, p.Port.Error!));
}
