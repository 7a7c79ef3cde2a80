namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>PSS baseline "hostProbesAndHostLifecycle": probes and lifecycle handlers may not set httpGet.host or tcpSocket.host.</summary>
public sealed class ProbeOrLifecycleHost : WorkloadRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.ProbeOrLifecycleHost;

    private static readonly string[] Handlers = ["livenessProbe", "readinessProbe", "startupProbe", "lifecycle.postStart", "lifecycle.preStop"];

    private static readonly string[] LifecycleKeys = ["postStart", "preStop"];

    private static readonly string[] Kinds = ["httpGet", "tcpSocket"];

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        foreach (var c in workload.Containers)
        {
            var lifecycle = c.Node.GetMapping("lifecycle");
            for (var h = 0; h < Handlers.Length; h++)
            {
                var where = Handlers[h];
                var handler = h < 3 ? c.Node.GetMapping(where) : lifecycle?.GetMapping(LifecycleKeys[h - 3]);
                foreach (var kind in Kinds)
                {
                    if (handler?.GetMapping(kind)?.GetScalar("host") is { IsNull: false } host && host.Value.Length > 0)
                    {
                        hits.Add(c.Hit(host.Span, c.Name, $"{where}.{kind}.host", host.Value));
                    }
                }
            }
        }
    }
}
