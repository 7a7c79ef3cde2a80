namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>Every Dockerfile rule (CL1xxx), in id order: the registry generated from rules/CL1xxx.yaml.</summary>
public static class DockerfileRules
{
    public static IReadOnlyList<Rule<DockerfileFacts>> All => BuiltInRules.Dockerfile;
}
