namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>PSS baseline "sysctls": only the namespaced safe sysctls (v1.37 list, exact names).</summary>
public sealed class UnsafeSysctl : WorkloadRule
{
    private static readonly HashSet<string> Safe = new(StringComparer.Ordinal)
    {
        "kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_local_reserved_ports",
        "net.ipv4.ip_unprivileged_port_start", "net.ipv4.ping_group_range", "net.ipv4.tcp_syncookies",
        "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl",
        "net.ipv4.tcp_keepalive_probes", "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem",
        "net.ipv4.tcp_slow_start_after_idle", "net.ipv4.tcp_notsent_lowat",
    };

    public override RuleMetadata Descriptor => RuleDescriptors.UnsafeSysctl;

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        foreach (var s in (workload.SecurityContext?.GetSequence("sysctls")?.Items ?? []).OfType<YamlMapping>())
        {
            var name = s.GetScalar("name");
            if (!Safe.Contains(name?.Value ?? "")) hits.Add(workload.Hit(name?.Span ?? s.Span, name?.Value ?? ""));
        }
    }
}
