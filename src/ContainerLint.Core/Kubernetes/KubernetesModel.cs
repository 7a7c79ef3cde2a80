namespace ContainerLint.Core.Kubernetes;

using ContainerLint.Core.Images;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Text;
using ContainerLint.Core.Yaml;

/// <summary>A Kubernetes manifest file: its YAML and the objects found in it (List items flattened).</summary>
public sealed class KubernetesFile
{
    internal KubernetesFile(YamlStream yaml, IReadOnlyList<KubeObject> objects, IReadOnlyList<Workload> workloads)
    {
        Yaml = yaml;
        Objects = objects;
        Workloads = workloads;
        foreach (var w in workloads) w.Bind(this);
    }

    public YamlStream Yaml { get; }

    public SourceText Text => Yaml.Text;

    public IReadOnlyList<KubeObject> Objects { get; }

    /// <summary>
    /// Every pod of the file's objects (Pods, the pod templates of controllers and of custom resources that carry pods;
    /// an Argo Workflow has one per container template), so each pod rule is written once.
    /// </summary>
    public IReadOnlyList<Workload> Workloads { get; }

    public IEnumerable<KubeObject> OfKind(params string[] kinds)
    {
        foreach (var o in Objects)
        {
            if (Array.IndexOf(kinds, o.Kind) >= 0) yield return o;
        }
    }

    /// <summary>This file with more pods (those of custom resources declared in the configuration), in object order.</summary>
    internal KubernetesFile WithWorkloads(IReadOnlyList<Workload> more)
    {
        if (more.Count == 0) return this;
        var order = new Dictionary<KubeObject, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < Objects.Count; i++) order[Objects[i]] = i;
        var all = Workloads.Concat(more).OrderBy(w => order.GetValueOrDefault(w.Owner)).ToList();
        return new KubernetesFile(Yaml, Objects, all);
    }
}

/// <summary>One Kubernetes object (a document, or an item of a List).</summary>
public sealed class KubeObject
{
    internal KubeObject(YamlMapping node, string apiVersion, string kind)
    {
        Node = node;
        ApiVersion = apiVersion;
        Kind = kind;
        Metadata = node.GetMapping("metadata");
        Name = Metadata?.GetString("name") ?? Metadata?.GetString("generateName") ?? "";
        Namespace = Metadata?.GetString("namespace");
        Annotations = Metadata?.GetMapping("annotations");
    }

    public YamlMapping Node { get; }

    /// <summary>
    /// The object is a patch fragment: it sets some fields of an object its base defines (a kustomization lists its file
    /// as a patch, or its pods name no image, which no whole object can leave out). Rules report what it sets
    /// (privileged: true) and never what it leaves out (no securityContext, no resources), which the base decides.
    /// </summary>
    public bool IsPatch { get; internal set; }

    public string ApiVersion { get; }

    public string Kind { get; }

    public string Name { get; }

    /// <summary>metadata.namespace as written; null when absent.</summary>
    public string? Namespace { get; }

    public YamlMapping? Metadata { get; }

    public YamlMapping? Annotations { get; }

    public YamlMapping? Spec => Node.GetMapping("spec");

    public SourceSpan Span => Node.Span;

    /// <summary><c>Kind/namespace/name</c> for Finding.Object (namespace <c>default</c> when absent; cluster-scoped kinds use <c>-</c>).</summary>
    public string Reference => $"{Kind}/{(KubernetesKinds.IsClusterScoped(Kind) ? "-" : Namespace ?? "default")}/{Name}";

    /// <summary>A hit on this object.</summary>
    public RuleHit Hit(SourceSpan span, params string[] args) => new(span, args) { Object = Reference };

    /// <summary>Where the apiVersion is written (its value), else the kind.</summary>
    public SourceSpan ApiVersionSpan => Node.Find("apiVersion")?.Value.Span ?? KindSpan;

    /// <summary>Where to report about the object as a whole: its <c>kind</c> value.</summary>
    public SourceSpan KindSpan => Node.Find("kind")?.Value.Span ?? Node.Span;

    /// <summary>Where to report about the object's name: metadata.name's value, else the kind.</summary>
    public SourceSpan NameSpan => Metadata?.Find("name")?.Value.Span ?? KindSpan;
}

/// <summary>Which list a container sits in.</summary>
public enum ContainerListKind
{
    Init,
    Regular,
    Ephemeral,
}

/// <summary>The pod of a pod-bearing object: spec, metadata (annotations) and containers with their spans.</summary>
public sealed class Workload
{
    internal Workload(KubeObject owner, YamlMapping podSpec, YamlMapping? podMetadata, IReadOnlyList<ContainerView> containers, SourceSpan? anchor = null)
    {
        Owner = owner;
        PodSpec = podSpec;
        PodMetadata = podMetadata;
        Containers = containers;
        SecurityContext = podSpec.GetMapping("securityContext");
        Annotations = podMetadata?.GetMapping("annotations");
        Volumes = (podSpec.GetSequence("volumes")?.Items ?? []).OfType<YamlMapping>().ToList();
        _anchor = anchor;
    }

    private readonly SourceSpan? _anchor;

    public KubeObject Owner { get; }

    /// <summary>
    /// The pod spec (Pod: spec; controllers: spec.template.spec; CronJob: spec.jobTemplate.spec.template.spec; custom
    /// resources: where they keep it; an Argo workflow template: the workflow's pod-level settings overlaid by the template's).
    /// </summary>
    public YamlMapping PodSpec { get; }

    /// <summary>The pod's metadata (Pod: metadata; controllers: the template's metadata).</summary>
    public YamlMapping? PodMetadata { get; }

    public YamlMapping? Annotations { get; }

    /// <summary>spec.securityContext of the pod.</summary>
    public YamlMapping? SecurityContext { get; }

    /// <summary>initContainers, then containers, then ephemeralContainers.</summary>
    public IReadOnlyList<ContainerView> Containers { get; }

    public IReadOnlyList<YamlMapping> Volumes { get; }

    /// <summary>The pod is part of a Kustomize patch fragment: settings it leaves out are the base's, not missing (<see cref="KubeObject.IsPatch"/>).</summary>
    public bool IsPatch => Owner.IsPatch;

    /// <summary>spec.os.name is windows (several restricted checks exempt such pods).</summary>
    public bool IsWindows => PodSpec.GetMapping("os")?.GetString("name") == "windows";

    /// <summary>spec.hostUsers is explicitly false (the pod runs in a user namespace).</summary>
    public bool UsesUserNamespace => PodSpec.GetBoolean("hostUsers") == false;

    /// <summary>The pod runs to completion (a bare Pod, a Job, a CronJob, an Argo workflow step, a KEDA ScaledJob), so it is not probed as a service.</summary>
    public bool RunsToCompletion => Owner.Kind is "Pod" or "Job" or "CronJob" or "ScaledJob" or "BroadcastJob" || PodSources.IsArgoWorkflow(Owner);

    public string Reference => Owner.Reference;

    public RuleHit Hit(SourceSpan span, params string[] args) => new(span, args) { Object = Owner.Reference };

    /// <summary>Where to report something missing at pod level: the pod spec's securityContext key, else the pod spec's first key.</summary>
    /// <summary>The file the pod is read from (for fixes, which edit its text).</summary>
    internal KubernetesFile? File { get; private set; }

    internal void Bind(KubernetesFile file) => File = file;

    public SourceSpan PodAnchor => PodSpec.Find("securityContext")?.Key.Span ?? _anchor ?? PodSpec.Entries.FirstOrDefault()?.Key.Span ?? PodSpec.Span;
}

/// <summary>One container of a pod, with its list, node and security context.</summary>
public sealed class ContainerView
{
    /// <param name="node">The container.</param>
    /// <param name="list">The list it sits in.</param>
    /// <param name="index">Its position there.</param>
    /// <param name="defaultName">Its name when it has none (an Argo template's container is named after the template).</param>
    /// <param name="anchor">Where to report about it when it has no name (the key that holds it).</param>
    internal ContainerView(YamlMapping node, ContainerListKind list, int index, string? defaultName = null, SourceSpan? anchor = null)
    {
        Node = node;
        List = list;
        Index = index;
        Name = node.GetString("name") ?? defaultName ?? $"{ListName}[{index}]";
        SecurityContext = node.GetMapping("securityContext");
        Capabilities = SecurityContext?.GetMapping("capabilities");
        _anchor = anchor;
    }

    private readonly SourceSpan? _anchor;
    private Workload? _workload;
    private ImageReference? _parsedImage;
    private bool _imageParsed;

    public Workload Workload => _workload!;

    public YamlMapping Node { get; }

    public ContainerListKind List { get; }

    public int Index { get; }

    public string Name { get; }

    public string ListName => List switch
    {
        ContainerListKind.Init => "initContainers",
        ContainerListKind.Ephemeral => "ephemeralContainers",
        _ => "containers",
    };

    public YamlMapping? SecurityContext { get; }

    public YamlMapping? Capabilities { get; }

    public string? Image => Node.GetString("image");

    /// <summary>The image scalar when set and not null.</summary>
    public YamlScalar? ImageNode => Node.GetScalar("image") is { IsNull: false } s ? s : null;

    /// <summary>The parsed image reference (null when unset or unparsable, e.g. templated), parsed once for all image rules.</summary>
    public ImageReference? ParsedImage
    {
        get
        {
            if (!_imageParsed)
            {
                _parsedImage = ImageReference.TryParse(Image);
                _imageParsed = true;
            }

            return _parsedImage;
        }
    }

    public SourceSpan Span => Node.Span;

    /// <summary>Where to report something missing in this container: its name value, else its first key.</summary>
    public SourceSpan Anchor => Node.Find("name")?.Value.Span ?? _anchor ?? Node.Entries.FirstOrDefault()?.Key.Span ?? Node.Span;

    /// <summary>Where to report a missing securityContext field: the securityContext key when present, else <see cref="Anchor"/>.</summary>
    public SourceSpan SecurityContextAnchor => Node.Find("securityContext")?.Key.Span ?? Anchor;

    public RuleHit Hit(SourceSpan span, params string[] args) => new(span, args) { Object = Workload.Reference, Container = Name };

    internal void Bind(Workload workload) => _workload = workload;
}

/// <summary>Facts about kinds.</summary>
public static class KubernetesKinds
{
    private static readonly HashSet<string> ClusterScoped = new(StringComparer.Ordinal)
    {
        "Namespace", "Node", "PersistentVolume", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "StorageClass",
        "PriorityClass", "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "APIService", "CertificateSigningRequest",
        "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding", "IngressClass", "RuntimeClass", "CSIDriver", "VolumeAttachment",
        "PodSecurityPolicy", "ClusterWorkflowTemplate",
    };

    public static bool IsClusterScoped(string kind) => ClusterScoped.Contains(kind);
}
