namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Yaml;

/// <summary>Classifies host paths: container runtime sockets and sensitive host directories. Shared by Kubernetes and Compose rules.</summary>
public static class HostPathMounts
{
    private static readonly string[] RuntimeSockets =
    [
        "/var/run/docker.sock", "/run/docker.sock", "/var/run/containerd/containerd.sock", "/run/containerd/containerd.sock",
        "/var/run/crio/crio.sock", "/run/crio/crio.sock", "/var/run/cri-dockerd.sock", "/run/podman/podman.sock", "/var/run/podman/podman.sock",
    ];

    private static readonly string[] Sensitive =
    [
        "/", "/etc", "/proc", "/sys", "/boot", "/dev", "/root", "/lib", "/usr", "/bin", "/sbin", "/var/lib/kubelet", "/var/lib/docker",
        "/var/lib/containerd", "/etc/kubernetes", "/var/run", "/run", "/var/log",
    ];

    public static string Normalise(string path)
    {
        var p = path.Trim();
        while (p.Length > 1 && p.EndsWith('/')) p = p[..^1];
        return p.Replace("//", "/", StringComparison.Ordinal);
    }

    /// <summary>A container runtime socket, or the directory that holds one.</summary>
    public static bool IsRuntimeSocket(string path)
    {
        var p = Normalise(path);
        return RuntimeSockets.Contains(p, StringComparer.Ordinal)
            || p.EndsWith("/docker.sock", StringComparison.Ordinal) || p.EndsWith("/containerd.sock", StringComparison.Ordinal) || p.EndsWith("/crio.sock", StringComparison.Ordinal)
            || p is "/var/run/containerd" or "/run/containerd" or "/var/run/crio" or "/run/crio";
    }

    /// <summary>A sensitive host directory or something inside /etc, /proc, /sys, /boot, /root, the kubelet's or the runtime's state.</summary>
    public static bool IsSensitive(string path)
    {
        var p = Normalise(path);
        if (Sensitive.Contains(p, StringComparer.Ordinal)) return true;
        return new[] { "/etc/", "/proc/", "/sys/", "/boot/", "/root/", "/var/lib/kubelet/", "/var/lib/docker/", "/etc/kubernetes/" }
            .Any(prefix => p.StartsWith(prefix, StringComparison.Ordinal));
    }

    internal static IEnumerable<(YamlMapping Volume, YamlScalar Path)> HostPaths(Workload workload)
    {
        foreach (var v in workload.Volumes)
        {
            if (v.GetMapping("hostPath")?.GetScalar("path") is { IsNull: false } path) yield return (v, path);
        }
    }
}
