namespace ContainerLint.Core.CrossFile.Rules;

using System.Globalization;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>
/// A container whose declared ports share none with the EXPOSE list of its image's Dockerfile:
/// one of the two is stale, and probes, Services or policies aimed at it miss the real port.
/// </summary>
public sealed class ContainerPortNotExposed : CrossFileRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.ContainerPortNotExposed;

    public override IEnumerable<CrossFileHit> Check(CrossFileSet set)
    {
        foreach (var (file, c, dockerfile) in set.ContainersBuiltHere())
        {
            if (dockerfile.ExposedPorts is not { Count: > 0 } exposed || c.Ports.Count == 0) continue;
            if (c.Ports.Any(p => exposed.Any(e => e.Matches(p.Port, p.Protocol)))) continue;
            var first = c.Ports[0];
            var list = string.Join(", ", exposed.Select(e => (e.Start == e.End ? e.Start.ToString(CultureInfo.InvariantCulture) : $"{e.Start}-{e.End}") + "/" + e.Protocol));
            yield return new CrossFileHit(file, new RuleHit(first.Span, c.Name, first.Port.ToString(CultureInfo.InvariantCulture) + "/" + first.Protocol, dockerfile.Path, list)
            {
                Object = c.Reference,
                Container = c.Name,
            });
        }
    }
}
