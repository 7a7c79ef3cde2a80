namespace ContainerLint.Core.CrossFile;

using ContainerLint.Core.Engine;
using ContainerLint.Core.Kubernetes;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>
/// Distils a manifest file into <see cref="KubernetesFacts"/>: containers with their effective
/// runAsNonRoot/runAsUser, image, ports and Dockerfile annotation; workloads; NetworkPolicy namespaces.
/// </summary>
public static class KubernetesFactExtractor
{
    /// <summary>Names the Dockerfile a pod's image is built from, relative to the manifest (pod template or object annotations).</summary>
    public const string DockerfileAnnotation = "containerlint.io/dockerfile";

    /// <summary>The container kubectl picks by default; the plain Dockerfile annotation is about that one.</summary>
    private const string DefaultContainerAnnotation = "kubectl.kubernetes.io/default-container";

    public static FileFacts? Extract(KubernetesFile document, LintInput input, RuleContext context)
    {
        var containers = new List<ContainerFacts>();
        var workloads = new List<WorkloadFacts>();
        foreach (var workload in document.Workloads)
        {
            var owner = workload.Owner;
            // A Kustomize patch fragment adds no workload of its own: its base does.
            if (!owner.IsPatch) workloads.Add(new WorkloadFacts(owner.Kind, owner.Name, owner.Namespace ?? "default", owner.Reference, owner.KindSpan));
            foreach (var c in workload.Containers) containers.Add(Container(workload, c));
        }

        var policies = document.OfKind("NetworkPolicy").Select(o => o.Namespace ?? "default").Distinct(StringComparer.Ordinal).ToList();
        if (containers.Count == 0 && policies.Count == 0) return null;
        return new KubernetesFacts(input.Path, input.FullPath, containers, workloads, policies) { Images = input.CollectImages ? Images.ImageInventory.Of(document) : [] };
    }

    private static ContainerFacts Container(Workload workload, ContainerView c)
    {
        var (runAsNonRoot, nonRootSpan) = Effective(workload, c, "runAsNonRoot");
        var runAsUserScalar = c.SecurityContext?.GetScalar("runAsUser") is { IsNull: false } cu ? cu
            : workload.SecurityContext?.GetScalar("runAsUser") is { IsNull: false } pu ? pu : null;
        var imageSpan = c.Node.Find("image")?.Value.Span ?? c.Anchor;
        var ports = new List<ContainerPortFacts>();
        foreach (var item in (c.Node.GetSequence("ports")?.Items ?? []).OfType<YamlMapping>())
        {
            if (item.GetScalar("containerPort") is not { } port || port.AsInteger() is not { } number || number is < 1 or > 65535) continue;
            ports.Add(new ContainerPortFacts((int)number, (item.GetString("protocol") ?? "TCP").ToLowerInvariant(), port.Span));
        }

        return new ContainerFacts(
            workload.Reference, c.Name, c.Image, imageSpan,
            runAsNonRoot?.AsBoolean(), nonRootSpan, runAsUserScalar?.AsInteger(), DockerfileFor(workload, c), ports);
    }

    /// <summary>The container's own setting when written, else the pod's (as the kubelet resolves it).</summary>
    private static (YamlScalar? Value, SourceSpan Span) Effective(Workload workload, ContainerView c, string key)
    {
        if (c.SecurityContext?.GetScalar(key) is { IsNull: false } own) return (own, own.Span);
        if (workload.SecurityContext?.GetScalar(key) is { IsNull: false } pod) return (pod, pod.Span);
        return (null, c.SecurityContextAnchor);
    }

    /// <summary>
    /// <c>containerlint.io/dockerfile.&lt;container&gt;</c> names one container's Dockerfile; the plain
    /// <c>containerlint.io/dockerfile</c> names the main container's (the kubectl default container,
    /// else the first of <c>containers</c>), so sidecars are never joined by accident.
    /// </summary>
    private static string? DockerfileFor(Workload workload, ContainerView c)
    {
        string? Annotation(string key) => workload.Annotations?.GetString(key) ?? workload.Owner.Annotations?.GetString(key);

        if (Annotation(DockerfileAnnotation + "." + c.Name) is { Length: > 0 } own) return own.Trim();
        if (Annotation(DockerfileAnnotation) is not { Length: > 0 } plain) return null;
        var main = Annotation(DefaultContainerAnnotation) is { Length: > 0 } named
            ? workload.Containers.FirstOrDefault(x => x.List == ContainerListKind.Regular && x.Name == named)
            : workload.Containers.FirstOrDefault(x => x.List == ContainerListKind.Regular);
        return ReferenceEquals(main, c) ? plain.Trim() : null;
    }
}
