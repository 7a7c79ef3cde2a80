namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Rules;

/// <summary>Every Dockerfile rule (CL1xxx): image-risk rules (secrets, users, base images, downloads) and hygiene/correctness rules.</summary>
public static class DockerfileRules
{
    public static IReadOnlyList<Rule<DockerfileDocument>> All { get; } = [.. SecurityRules.All, .. HygieneRules.All];
}
