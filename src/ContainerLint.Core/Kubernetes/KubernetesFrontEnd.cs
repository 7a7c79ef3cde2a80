namespace ContainerLint.Core.Kubernetes;

using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;

/// <summary>
/// The Kubernetes front end: manifests (YAML or JSON) through the position-exact YAML model; the configuration's
/// custom resources (<c>customResources:</c>) add their pods before the rules run.
/// </summary>
public static class KubernetesFrontEnd
{
    public static FrontEnd Create() => new FrontEnd<KubernetesFile, KubernetesFile>(FileKind.Kubernetes, KubernetesParser.Parse, Analyze, KubernetesRules.All)
    {
        Facts = CrossFile.KubernetesFactExtractor.Extract,
    };

    /// <summary>Adds the pods of objects that the configuration declares as pod-bearing custom resources (and that carry no built-in pods).</summary>
    internal static KubernetesFile Analyze(KubernetesFile file, RuleContext context)
    {
        var declared = context.Configuration.CustomResources;
        if (declared.Count == 0) return file;
        var builtIn = new HashSet<KubeObject>(file.Workloads.Select(w => w.Owner), ReferenceEqualityComparer.Instance);
        var more = new List<Workload>();
        foreach (var o in file.Objects)
        {
            if (!builtIn.Contains(o)) more.AddRange(PodSources.Declared(o, declared));
        }

        return file.WithWorkloads(more);
    }
}
