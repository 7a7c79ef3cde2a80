namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1050: the final image exposes SSH (port 22, or a range holding it).</summary>
public sealed class SshPortExposed : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SshPortExposed;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context) =>
        facts.ExposedByFinal.Where(p => p.Port.Contains(22)).Select(p => new RuleHit(p.Span, p.Port.Text));
}
