namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>
/// A probe that names a port (httpGet.port, tcpSocket.port, grpc.port written as a name) the container does not declare
/// in ports[].name: the kubelet cannot resolve it, so the probe always fails and a liveness or startup probe restarts the
/// container forever (kube-linter liveness-port, readiness-port, startup-port). Numbers need no declaration and are left
/// alone; patch fragments may declare the port in their base.
/// </summary>
public sealed class ProbePortNotDeclared : ContainerRule
{
    private static readonly string[] Probes = ["livenessProbe", "readinessProbe", "startupProbe"];

    private static readonly string[] Handlers = ["httpGet", "tcpSocket", "grpc"];

    public override RuleMetadata Descriptor => RuleDescriptors.ProbePortNotDeclared;

    protected override void Check(ContainerView c, RuleContext context, RuleHitSink hits)
    {
        if (c.Workload.IsPatch) return;
        HashSet<string>? declared = null;
        foreach (var probe in Probes)
        {
            foreach (var handler in Handlers)
            {
                if (c.Node.GetMapping(probe)?.GetMapping(handler)?.GetScalar("port") is not { IsNull: false } port || port.AsInteger() is not null) continue;
                declared ??= (c.Node.GetSequence("ports")?.Items ?? []).OfType<YamlMapping>().Select(p => p.GetString("name")).OfType<string>().ToHashSet(StringComparer.Ordinal);
                if (!declared.Contains(port.Value)) hits.Add(c.Hit(port.Span, c.Name, probe, port.Value));
            }
        }
    }
}
