namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>PSS baseline "hostProbesAndHostLifecycle": probes and lifecycle handlers may not set httpGet.host or tcpSocket.host.</summary>
public sealed class ProbeOrLifecycleHost : WorkloadRule
{
    public override string Id => "CL2012";

    protected override IEnumerable<RuleHit> Check(Workload workload, RuleContext context)
    {
        foreach (var c in workload.Containers)
        {
            var handlers = new List<(string, YamlMapping?)>
            {
                ("livenessProbe", c.Node.GetMapping("livenessProbe")),
                ("readinessProbe", c.Node.GetMapping("readinessProbe")),
                ("startupProbe", c.Node.GetMapping("startupProbe")),
                ("lifecycle.postStart", c.Node.GetMapping("lifecycle")?.GetMapping("postStart")),
                ("lifecycle.preStop", c.Node.GetMapping("lifecycle")?.GetMapping("preStop")),
            };
            foreach (var (where, handler) in handlers)
            {
                foreach (var kind in new[] { "httpGet", "tcpSocket" })
                {
                    if (handler?.GetMapping(kind)?.GetScalar("host") is { IsNull: false } host && host.Value.Length > 0)
                    {
                        yield return c.Hit(host.Span, c.Name, $"{where}.{kind}.host", host.Value);
                    }
                }
            }
        }
    }
}
