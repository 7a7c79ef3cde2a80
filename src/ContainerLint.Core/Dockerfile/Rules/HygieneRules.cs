namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Rules;

/// <summary>CL1041–CL1099: image hygiene, runtime configuration and Dockerfile correctness.</summary>
internal static class HygieneRules
{
    public static IReadOnlyList<Rule<DockerfileDocument>> All { get; } =
    [
    ];
}
