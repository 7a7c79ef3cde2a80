namespace ContainerLint.Core.Kubernetes;

using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;

/// <summary>The Kubernetes front end: manifests (YAML or JSON) through the position-exact YAML model.</summary>
public static class KubernetesFrontEnd
{
    public static FrontEnd Create() => new FrontEnd<KubernetesFile>(FileKind.Kubernetes, KubernetesParser.Parse, KubernetesRules.All)
    {
        Facts = CrossFile.KubernetesFactExtractor.Extract,
    };
}
