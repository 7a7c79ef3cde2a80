namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Rules;

/// <summary>Every Dockerfile rule (CL1xxx), in id order.</summary>
public static class DockerfileRules
{
    public static IReadOnlyList<Rule<DockerfileDocument>> All { get; } =
    [
    ];
}
