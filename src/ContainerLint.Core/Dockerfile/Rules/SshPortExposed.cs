namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1050: the final image exposes SSH (port 22, or a range holding it).</summary>
public sealed class SshPortExposed : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SshPortExposed;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var p in facts.ExposedByFinal)
        {
            if (p.Port.Contains(22)) hits.Add(new RuleHit(p.Span, p.Port.Text));
        }
    }
}
