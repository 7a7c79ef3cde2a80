namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1053: the final image exposes a port below 1024 (binding it needs root or NET_BIND_SERVICE); port 22 is CL1050's.</summary>
public sealed class PrivilegedPortExposed : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.PrivilegedPortExposed;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        if (facts.Final is { IsWindows: true }) return; // Windows has no privileged ports.
        foreach (var p in facts.ExposedByFinal)
        {
            if (p.Port.IsValid && p.Port.Start is > 0 and < 1024 && !p.Port.Contains(22)) hits.Add(new RuleHit(p.Span, p.Port.Text));
        }
    }
}
