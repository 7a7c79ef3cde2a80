namespace ContainerLint.Core.Kubernetes;

using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>One step of a <see cref="PodPath"/>: a key, or every item of the list under the key (<c>tasks[]</c>).</summary>
public readonly record struct PodPathStep(string Key, bool EachItem);

/// <summary>
/// Where an object keeps a pod: a dotted path of keys (<c>spec.jobTargetRef.template</c>; <c>key[]</c> walks every item of
/// a list) to a PodTemplateSpec (metadata + spec) or to a PodSpec.
/// </summary>
public sealed record PodPath(IReadOnlyList<PodPathStep> Steps, bool IsTemplate)
{
    /// <summary>Reads <c>spec.tasks[].template</c>; null with <paramref name="error"/> set when the text is not such a path.</summary>
    public static PodPath? Parse(string text, bool isTemplate, out string? error)
    {
        error = null;
        var steps = new List<PodPathStep>();
        foreach (var part in text.Trim().Split('.'))
        {
            var each = part.EndsWith("[]", StringComparison.Ordinal);
            var key = each ? part[..^2] : part;
            if (key.Length == 0 || !key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                error = $"'{text}' is not a path of keys such as spec.template or spec.tasks[].template";
                return null;
            }

            steps.Add(new PodPathStep(key, each));
        }

        return new PodPath(steps, isTemplate);
    }

    public override string ToString() => string.Join(".", Steps.Select(s => s.EachItem ? s.Key + "[]" : s.Key));
}

/// <summary>A custom resource that carries pods, declared in <c>.containerlint.yaml</c> (<c>customResources:</c>).</summary>
/// <param name="ApiVersion">The object's apiVersion, or <c>group/*</c> for every version of the group.</param>
/// <param name="Kind">The object's kind.</param>
/// <param name="Path">Where its pods are.</param>
public sealed record CustomResourcePods(string ApiVersion, string Kind, PodPath Path)
{
    public bool Matches(KubeObject o) =>
        o.Kind == Kind && (ApiVersion.EndsWith("/*", StringComparison.Ordinal) ? PodSources.Group(o.ApiVersion) == ApiVersion[..^2] : o.ApiVersion == ApiVersion);
}

/// <summary>
/// Finds the pods of an object: the core pod-bearing kinds, the custom resources of well-known projects (Argo Rollouts
/// and Workflows, Knative Serving, KEDA ScaledJobs, OpenKruise) and those declared in the configuration. Each pod is
/// a <see cref="Workload"/> over the object's own nodes, so every pod rule reports with exact spans.
/// </summary>
public static class PodSources
{
    private static readonly PodPath ObjectItself = new([], IsTemplate: true);
    private static readonly PodPath TemplateKey = Template("template");
    private static readonly PodPath SpecTemplate = Template("spec.template");
    private static readonly PodPath CronJobTemplate = Template("spec.jobTemplate.spec.template");
    private static readonly PodPath CronWorkflowSpec = Template("spec.workflowSpec");

    /// <summary>The path from the object to its pod template, per core pod-bearing kind (any API group: OpenKruise's Advanced StatefulSet and DaemonSet too).</summary>
    private static PodPath? CorePath(string kind) => kind switch
    {
        "Pod" => ObjectItself,
        "PodTemplate" => TemplateKey,
        "ReplicationController" or "ReplicaSet" or "Deployment" or "StatefulSet" or "DaemonSet" or "Job" => SpecTemplate,
        "CronJob" => CronJobTemplate,
        _ => null,
    };

    /// <summary>Custom resources of well-known projects whose pods sit at one path.</summary>
    private static readonly Dictionary<(string Group, string Kind), PodPath> WellKnown = new()
    {
        [("argoproj.io", "Rollout")] = Template("spec.template"),
        [("serving.knative.dev", "Service")] = Template("spec.template"),
        [("serving.knative.dev", "Configuration")] = Template("spec.template"),
        [("serving.knative.dev", "Revision")] = new PodPath([new PodPathStep("spec", false)], IsTemplate: false),
        [("keda.sh", "ScaledJob")] = Template("spec.jobTargetRef.template"),
        [("apps.kruise.io", "CloneSet")] = Template("spec.template"),
        [("apps.kruise.io", "BroadcastJob")] = Template("spec.template"),
    };

    /// <summary>Keys of an Argo template that describe its containers or its steps, not its pod.</summary>
    private static readonly HashSet<string> ArgoNonPodKeys = new(StringComparer.Ordinal)
    {
        "name", "container", "script", "containerSet", "initContainers", "sidecars", "inputs", "outputs", "steps", "dag", "metadata",
        "resource", "suspend", "data", "http", "plugin", "templates",
    };

    private static PodPath Template(string path) => PodPath.Parse(path, isTemplate: true, out _)!;

    /// <summary>The API group of an apiVersion (<c>apps/v1</c> → <c>apps</c>; <c>v1</c> → the core group "").</summary>
    public static string Group(string apiVersion) => apiVersion.IndexOf('/') is var slash and >= 0 ? apiVersion[..slash] : "";

    /// <summary>An Argo Workflow, WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow: a pod per container template.</summary>
    public static bool IsArgoWorkflow(KubeObject o) =>
        Group(o.ApiVersion) == "argoproj.io" && o.Kind is "Workflow" or "WorkflowTemplate" or "ClusterWorkflowTemplate" or "CronWorkflow";

    /// <summary>The pods of a core kind or a well-known custom resource; type errors on the way go to <paramref name="diagnostics"/>.</summary>
    internal static IReadOnlyList<Workload> BuiltIn(KubeObject obj, List<RuleHit> diagnostics)
    {
        if (IsArgoWorkflow(obj))
        {
            var spec = obj.Kind == "CronWorkflow" ? Walk(obj.Node, CronWorkflowSpec.Steps, diagnostics).FirstOrDefault() : obj.Spec;
            return spec is null ? [] : ArgoTemplates(obj, spec, diagnostics);
        }

        var path = CorePath(obj.Kind) ?? WellKnown.GetValueOrDefault((Group(obj.ApiVersion), obj.Kind));
        return path is null ? [] : AtPath(obj, path, diagnostics);
    }

    /// <summary>
    /// The pods of an object that a configuration declares (<c>customResources:</c>), for objects without built-in pods.
    /// A declared path the object does not have, or that leads elsewhere than a mapping, yields nothing.
    /// </summary>
    internal static IReadOnlyList<Workload> Declared(KubeObject obj, IReadOnlyList<CustomResourcePods> declared)
    {
        foreach (var d in declared)
        {
            if (d.Matches(obj)) return AtPath(obj, d.Path, diagnostics: null);
        }

        return [];
    }

    private static List<Workload> AtPath(KubeObject obj, PodPath path, List<RuleHit>? diagnostics)
    {
        var pods = new List<Workload>();
        foreach (var found in Walk(obj.Node, path.Steps, diagnostics))
        {
            var spec = found;
            YamlMapping? metadata = null;
            if (path.IsTemplate)
            {
                metadata = found.GetMapping("metadata");
                if (!Step(found, "spec", diagnostics, out spec)) continue;
            }

            pods.Add(Pod(obj, spec, metadata, diagnostics));
        }

        return pods;
    }

    /// <summary>The mappings at the end of <paramref name="steps"/>, reporting a step whose value has the wrong type.</summary>
    private static List<YamlMapping> Walk(YamlMapping from, IReadOnlyList<PodPathStep> steps, List<RuleHit>? diagnostics)
    {
        if (!HasListStep(steps))
        {
            // The common case (every core kind): one mapping at the end, or none.
            var node = from;
            for (var i = 0; i < steps.Count; i++)
            {
                if (!Step(node, steps[i].Key, diagnostics, out node)) return [];
            }

            return [node];
        }

        var current = new List<YamlMapping> { from };
        foreach (var step in steps)
        {
            var next = new List<YamlMapping>();
            foreach (var node in current)
            {
                if (!step.EachItem)
                {
                    if (Step(node, step.Key, diagnostics, out var m)) next.Add(m);
                    continue;
                }

                var value = node[step.Key];
                if (value is null or YamlScalar { IsNull: true }) continue;
                if (value is not YamlSequence seq)
                {
                    diagnostics?.Add(KubernetesParser.TypeError(step.Key, "a list", value));
                    continue;
                }

                next.AddRange(seq.Items.OfType<YamlMapping>());
            }

            current = next;
        }

        return current;
    }

    private static bool HasListStep(IReadOnlyList<PodPathStep> steps)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].EachItem) return true;
        }

        return false;
    }

    private static bool Step(YamlMapping from, string key, List<RuleHit>? diagnostics, out YamlMapping next)
    {
        next = from;
        var value = from[key];
        if (value is YamlMapping m)
        {
            next = m;
            return true;
        }

        if (value is not null and not YamlScalar { IsNull: true }) diagnostics?.Add(KubernetesParser.TypeError(key, "a mapping", value));
        return false;
    }

    /// <summary>A pod over a PodSpec: its containers, and type errors in the lists rules read.</summary>
    private static Workload Pod(KubeObject obj, YamlMapping spec, YamlMapping? metadata, List<RuleHit>? diagnostics)
    {
        var containers = new List<ContainerView>();
        AddContainers(spec, "initContainers", ContainerListKind.Init, containers, diagnostics);
        AddContainers(spec, "containers", ContainerListKind.Regular, containers, diagnostics);
        AddContainers(spec, "ephemeralContainers", ContainerListKind.Ephemeral, containers, diagnostics);
        foreach (var key in new[] { "volumes", "hostAliases" })
        {
            if (spec[key] is { } v and not YamlSequence && v is not YamlScalar { IsNull: true }) diagnostics?.Add(KubernetesParser.TypeError(key, "a list", v));
        }

        if (spec["securityContext"] is { } sc and not YamlMapping && sc is not YamlScalar { IsNull: true }) diagnostics?.Add(KubernetesParser.TypeError("securityContext", "a mapping", sc));
        return Bind(new Workload(obj, spec, metadata, containers));
    }

    private static Workload Bind(Workload workload)
    {
        foreach (var c in workload.Containers) c.Bind(workload);
        return workload;
    }

    private static void AddContainers(YamlMapping spec, string key, ContainerListKind kind, List<ContainerView> into, List<RuleHit>? diagnostics, string? namePrefix = null)
    {
        var value = spec[key];
        if (value is null or YamlScalar { IsNull: true }) return;
        if (value is not YamlSequence seq)
        {
            diagnostics?.Add(KubernetesParser.TypeError(key, "a list", value));
            return;
        }

        for (var i = 0; i < seq.Items.Count; i++)
        {
            if (seq.Items[i] is YamlMapping m)
            {
                into.Add(new ContainerView(m, kind, i, namePrefix is null ? null : $"{namePrefix}[{i}]"));
                if (m["securityContext"] is { } sc and not YamlMapping && sc is not YamlScalar { IsNull: true })
                {
                    diagnostics?.Add(KubernetesParser.TypeError("securityContext", "a mapping", sc));
                }
            }
            else
            {
                diagnostics?.Add(KubernetesParser.TypeError($"{key}[{i}]", "a mapping", seq.Items[i]));
            }
        }
    }

    /// <summary>
    /// One pod per Argo template that runs containers (container, script, containerSet, with its init containers and
    /// sidecars). The pod's settings are the workflow's (securityContext, serviceAccountName, volumes, hostNetwork, …)
    /// overlaid by the template's own; volumes add up. Containers without a name are named after their template.
    /// </summary>
    private static List<Workload> ArgoTemplates(KubeObject obj, YamlMapping workflowSpec, List<RuleHit> diagnostics)
    {
        var pods = new List<Workload>();
        foreach (var template in Walk(workflowSpec, [new PodPathStep("templates", EachItem: true)], diagnostics))
        {
            var name = template.GetString("name") ?? "template";
            var containers = new List<ContainerView>();
            AddContainers(template, "initContainers", ContainerListKind.Init, containers, diagnostics);
            foreach (var key in new[] { "container", "script" })
            {
                if (template.Find(key) is not { } entry) continue;
                if (entry.Value is YamlMapping m) containers.Add(new ContainerView(m, ContainerListKind.Regular, 0, name, entry.Key.Span));
                else if (entry.Value is not YamlScalar { IsNull: true }) diagnostics.Add(KubernetesParser.TypeError(key, "a mapping", entry.Value));
            }

            if (template.GetMapping("containerSet") is { } set) AddContainers(set, "containers", ContainerListKind.Regular, containers, diagnostics, name);
            AddContainers(template, "sidecars", ContainerListKind.Regular, containers, diagnostics);
            if (!containers.Exists(c => c.List == ContainerListKind.Regular)) continue;
            var podSpec = Overlay(workflowSpec, template);
            var metadata = template.GetMapping("metadata") ?? workflowSpec.GetMapping("podMetadata");
            pods.Add(Bind(new Workload(obj, podSpec, metadata, containers, template.Find("name")?.Value.Span ?? template.Span)));
        }

        return pods;
    }

    /// <summary>
    /// The workflow's entries overlaid by the template's pod-level ones (same key: the template's wins; volumes: both
    /// lists), as one mapping whose entries keep their own spans.
    /// </summary>
    private static YamlMapping Overlay(YamlMapping workflowSpec, YamlMapping template)
    {
        var entries = new List<YamlEntry>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in workflowSpec.MergedEntries())
        {
            if (e.KeyText is not { } key || key == "templates") continue;
            index[key] = entries.Count;
            entries.Add(e);
        }

        foreach (var e in template.MergedEntries())
        {
            if (e.KeyText is not { } key || ArgoNonPodKeys.Contains(key)) continue;
            var value = e;
            if (key == "volumes" && index.TryGetValue(key, out var at) && entries[at].Value is YamlSequence outer && e.Value is YamlSequence inner)
            {
                var both = new YamlSequence(inner.Span, null, null, isFlow: false);
                both.Complete([.. outer.Items, .. inner.Items]);
                value = new YamlEntry(e.Key, both);
            }

            if (index.TryGetValue(key, out var existing)) entries[existing] = value;
            else
            {
                index[key] = entries.Count;
                entries.Add(value);
            }
        }

        var overlay = new YamlMapping(template.Span, null, null, isFlow: false);
        overlay.Complete([.. entries], entries.Count > YamlMapping.IndexThreshold ? index : null, hasMerge: false);
        return overlay;
    }
}
