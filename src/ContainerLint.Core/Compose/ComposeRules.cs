namespace ContainerLint.Core.Compose;

using ContainerLint.Core.Compose.Rules;
using ContainerLint.Core.Rules;

/// <summary>Every Compose rule, in id order.</summary>
public static class ComposeRules
{
    public static IReadOnlyList<Rule<ComposeFile>> All { get; } =
    [
        new PrivilegedService(),
        new HostNamespaceShared(),
        new CapabilityAdded(),
        new CapabilitiesNotDropped(),
        new RuntimeSocketVolume(),
        new SensitiveHostPathVolume(),
        new SecurityProfileDisabled(),
        new NoNewPrivilegesNotSet(),
        new ComposeReadOnlyRootFilesystemNotSet(),
        new ComposeRunsAsRoot(),
        new ComposeMemoryLimitMissing(),
        new PidsLimitMissing(),
        new PortOnAllInterfaces(),
        new ComposeMutableImageTag(),
        new ComposeLiteralSecretInEnvironment(),
    ];
}
