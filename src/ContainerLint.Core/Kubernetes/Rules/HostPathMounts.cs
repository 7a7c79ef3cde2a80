namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>
/// Classifies host paths: container runtime sockets, sensitive host directories and what each exposes. Shared by the
/// Kubernetes and Compose rules.
/// </summary>
public static class HostPathMounts
{
    private static readonly string[] RuntimeSockets =
    [
        "/var/run/docker.sock", "/run/docker.sock", "/var/run/containerd/containerd.sock", "/run/containerd/containerd.sock",
        "/var/run/crio/crio.sock", "/run/crio/crio.sock", "/var/run/cri-dockerd.sock", "/run/podman/podman.sock", "/var/run/podman/podman.sock",
    ];

    /// <summary>Sensitive host paths (the path itself and everything below it) and what mounting them exposes; the longest match wins.</summary>
    private static readonly (string Path, bool Below, string Exposes)[] Sensitive =
    [
        ("/", false, "the node's whole file system"),
        ("/etc", true, "the node's configuration, with its password hashes and service credentials"),
        ("/etc/kubernetes", true, "the node's cluster certificates, keys and kubeconfigs"),
        ("/proc", true, "the host's processes, their environments and memory maps"),
        ("/sys", true, "the kernel's and devices' settings"),
        ("/boot", true, "the node's kernel and boot loader"),
        ("/dev", false, "the node's devices"),
        ("/root", true, "root's home on the node (SSH keys, kubeconfigs)"),
        ("/lib", false, "the node's system libraries"),
        ("/usr", false, "the node's system programs and libraries"),
        ("/bin", false, "the node's system programs"),
        ("/sbin", false, "the node's system programs"),
        ("/var/lib/kubelet", true, "the kubelet's credentials and every pod's volumes, Secrets included"),
        ("/var/lib/docker", true, "every container's file system and the runtime's state"),
        ("/var/lib/containerd", false, "every container's file system and the runtime's state"),
        ("/var/run", false, "the node's runtime sockets and state"),
        ("/run", false, "the node's runtime sockets and state"),
        ("/var/log", false, "every pod's logs on the node"),
    ];

    /// <summary>
    /// Public content inside a sensitive directory: the trusted CA certificates and the time zone.
    /// Mounted read-only they expose nothing secret; written to, a CA bundle makes the node trust any certificate.
    /// </summary>
    private static readonly (string Path, string Exposes)[] PublicContent =
    [
        ("/etc/ssl/certs", "the node's trusted CA certificates"),
        ("/etc/pki/tls/certs", "the node's trusted CA certificates"),
        ("/etc/pki/ca-trust/extracted", "the node's trusted CA certificates"),
        ("/etc/pki/ca-trust/source/anchors", "the node's trusted CA certificates"),
        ("/etc/ca-certificates", "the node's trusted CA certificates"),
        ("/etc/localtime", "the node's time zone"),
        ("/etc/timezone", "the node's time zone"),
    ];

    public static string Normalise(string path)
    {
        var p = path.Trim();
        while (p.Contains("//", StringComparison.Ordinal)) p = p.Replace("//", "/", StringComparison.Ordinal);
        while (p.Length > 1 && p.EndsWith('/')) p = p[..^1];
        return p;
    }

    /// <summary>A container runtime socket, or the directory that holds one.</summary>
    public static bool IsRuntimeSocket(string path)
    {
        var p = Normalise(path);
        return RuntimeSockets.Contains(p, StringComparer.Ordinal)
            || p.EndsWith("/docker.sock", StringComparison.Ordinal) || p.EndsWith("/containerd.sock", StringComparison.Ordinal) || p.EndsWith("/crio.sock", StringComparison.Ordinal)
            || p is "/var/run/containerd" or "/run/containerd" or "/var/run/crio" or "/run/crio";
    }

    /// <summary>A sensitive host directory, something inside /etc, /proc, /sys, /boot, /root, the kubelet's or the runtime's state, or a kubeconfig.</summary>
    public static bool IsSensitive(string path) => Exposure(path) is not null;

    /// <summary>What mounting <paramref name="path"/> exposes, when it is sensitive (public content included); null otherwise.</summary>
    public static string? Exposure(string path) => Classify(path)?.Exposes;

    /// <summary>Public content (CA certificates, time zone) that exposes nothing when mounted read-only.</summary>
    public static bool IsPublicContent(string path) => Classify(path)?.Public == true;

    private static (string Exposes, bool Public)? Classify(string path)
    {
        var p = Normalise(path);
        if (p.EndsWith(".kubeconfig", StringComparison.Ordinal) || p.EndsWith("/kubeconfig", StringComparison.Ordinal) || p.Contains("/.kube/", StringComparison.Ordinal)
            || p.EndsWith("/.kube", StringComparison.Ordinal))
        {
            return ("a kubeconfig: credentials for the cluster", false);
        }

        string? best = null;
        var bestLength = -1;
        foreach (var (root, below, exposes) in Sensitive)
        {
            var matches = p == root || below && p.StartsWith(root + "/", StringComparison.Ordinal);
            if (matches && root.Length > bestLength)
            {
                best = exposes;
                bestLength = root.Length;
            }
        }

        if (best is null) return null;
        foreach (var (root, exposes) in PublicContent)
        {
            if (p == root || p.StartsWith(root + "/", StringComparison.Ordinal)) return (exposes, true);
        }

        return (best, false);
    }

    /// <summary>Every hostPath volume of a pod with its path.</summary>
    internal static IEnumerable<(YamlMapping Volume, YamlScalar Path)> HostPaths(Workload workload)
    {
        foreach (var v in workload.Volumes)
        {
            if (v.GetMapping("hostPath")?.GetScalar("path") is { IsNull: false } path) yield return (v, path);
        }
    }

    /// <summary>Every container that mounts the volume does so with readOnly: true (and at least one does).</summary>
    internal static bool IsMountedReadOnly(Workload workload, YamlMapping volume)
    {
        var name = volume.GetString("name");
        if (name is null) return false;
        var mounts = 0;
        foreach (var c in workload.Containers)
        {
            foreach (var m in (c.Node.GetSequence("volumeMounts")?.Items ?? []).OfType<YamlMapping>())
            {
                if (m.GetString("name") != name) continue;
                mounts++;
                if (m.GetBoolean("readOnly") != true) return false;
            }
        }

        return mounts > 0;
    }

    /// <summary>
    /// What a hostPath volume really exposes, when that is worth an error of its own (CL2115): null for public content
    /// mounted read-only, for paths that are not sensitive, and for runtime sockets (CL2114's).
    /// </summary>
    internal static (string Exposes, bool ReadOnly)? SensitiveExposure(Workload workload, YamlMapping volume, string path)
    {
        if (IsRuntimeSocket(path) || Classify(path) is not { } found) return null;
        var readOnly = IsMountedReadOnly(workload, volume);
        return found.Public && readOnly ? null : (found.Exposes, readOnly);
    }

    /// <summary>
    /// A more specific enabled rule reports this hostPath volume (the runtime socket, CL2114, or a sensitive path,
    /// CL2115), so the generic hostPath rules say nothing more about it: one mount, one finding.
    /// </summary>
    internal static bool ReportedMoreSpecifically(Workload workload, YamlMapping volume, RuleContext context)
    {
        if (volume.GetMapping("hostPath")?.GetScalar("path") is not { IsNull: false } path) return false;
        if (IsRuntimeSocket(path.Value)) return IsEnabled(RuleDescriptors.RuntimeSocketMounted, context);
        return SensitiveExposure(workload, volume, path.Value) is not null && IsEnabled(RuleDescriptors.SensitiveHostPathMounted, context);
    }

    private static bool IsEnabled(RuleMetadata rule, RuleContext context) => RuleSelection.IsEnabled(rule, context.Configuration);
}
