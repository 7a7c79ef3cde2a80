namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>PSS baseline "hostPorts": every ports[*].hostPort must be unset or 0.</summary>
public sealed class HostPort : WorkloadRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.HostPort;

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        foreach (var c in workload.Containers)
        {
            foreach (var port in (c.Node.GetSequence("ports")?.Items ?? []).OfType<YamlMapping>())
            {
                if (port.GetScalar("hostPort") is { IsNull: false } hp && hp.AsInteger() != 0)
                {
                    hits.Add(c.Hit(hp.Span, c.Name, hp.Value));
                }
            }
        }
    }
}
