namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Rules;

/// <summary>CL1001–CL1040: secrets, users, base images and download integrity.</summary>
internal static class SecurityRules
{
    public static IReadOnlyList<Rule<DockerfileDocument>> All { get; } =
    [
    ];
}
