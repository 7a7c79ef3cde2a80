namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1052: an EXPOSE value BuildKit rejects or warns about (out of range, malformed, host mapping, upper-case protocol).
/// A host mapping is BuildKit's ExposeInvalidFormat check, an upper-case protocol its ExposeProtoCasing; the rest fail the build.
/// </summary>
public sealed class InvalidExposedPort : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.InvalidExposedPort;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var p in facts.ExposedPorts)
        {
            if (p.Port.Error is { } error) hits.Add(new RuleHit(p.Span, p.Port.Text, error) { BuildCheck = CheckOf(p.Port) });
        }
    }

    private static string? CheckOf(Knowledge.PortSpec port)
    {
        var slash = port.Text.IndexOf('/', StringComparison.Ordinal);
        if ((slash < 0 ? port.Text : port.Text[..slash]).Contains(':', StringComparison.Ordinal)) return "ExposeInvalidFormat";
        return port.Protocol != port.Protocol.ToLowerInvariant() ? "ExposeProtoCasing" : null;
    }
}
