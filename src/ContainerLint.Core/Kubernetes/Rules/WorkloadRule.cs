namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>A rule over every pod of a manifest file (Pods and the pod templates of controllers), written once.</summary>
public abstract class WorkloadRule : Rule<KubernetesFile>
{
    public sealed override void Check(KubernetesFile document, RuleContext context, RuleHitSink hits)
    {
        // Hits go straight to the sink, not through iterators per pod and container: every rule runs this for every
        // file, and those enumerators cost more than the checks.
        var workloads = document.Workloads;
        for (var i = 0; i < workloads.Count; i++) Check(workloads[i], context, hits);
    }

    /// <summary>Adds the hits for one pod to <paramref name="hits"/>.</summary>
    protected abstract void Check(Workload workload, RuleContext context, RuleHitSink hits);

    /// <summary>The scalar items of a list field (e.g. capabilities.add), skipping nulls and non-scalars.</summary>
    protected static IEnumerable<YamlScalar> Scalars(YamlMapping? map, string key)
    {
        if (map?.GetSequence(key)?.Items is not { } items) yield break;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is YamlScalar { IsNull: false } s) yield return s;
        }
    }

    /// <summary>Pod and container security contexts that hold <paramref name="key"/>, with the container (null for the pod).</summary>
    protected static IEnumerable<(ContainerView? Container, YamlEntry Entry)> SecurityContextEntries(Workload workload, string key)
    {
        if (workload.SecurityContext?.Find(key) is { } pod) yield return (null, pod);
        foreach (var c in workload.Containers)
        {
            if (c.SecurityContext?.Find(key) is { } e) yield return (c, e);
        }
    }

    protected static RuleHit HitOn(Workload workload, ContainerView? container, Model.SourceSpan span, params string[] args) =>
        container is null ? workload.Hit(span, args) : container.Hit(span, args);

    protected static string Where(ContainerView? container) => container is null ? "The pod" : $"Container '{container.Name}'";
}
