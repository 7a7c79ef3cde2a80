namespace ContainerLint.Core.Kubernetes;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>Every Kubernetes rule, in id order (the registry generated from rules/CL2xxx.yaml).</summary>
public static class KubernetesRules
{
    public static IReadOnlyList<Rule<KubernetesFile>> All => BuiltInRules.Kubernetes;
}
