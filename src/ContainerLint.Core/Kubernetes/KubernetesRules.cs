namespace ContainerLint.Core.Kubernetes;

using ContainerLint.Core.Kubernetes.Rules;
using ContainerLint.Core.Rules;

/// <summary>Every Kubernetes rule, in id order.</summary>
public static class KubernetesRules
{
    public static IReadOnlyList<Rule<KubernetesFile>> All { get; } =
    [
        new PrivilegedContainer(),
        new HostNamespaces(),
        new HostPathVolume(),
        new HostPort(),
        new CapabilityAddedBeyondBaseline(),
        new UnconfinedAppArmorProfile(),
        new CustomSeLinuxOptions(),
        new UnmaskedProcMount(),
        new UnconfinedSeccompProfile(),
        new UnsafeSysctl(),
        new WindowsHostProcess(),
        new ProbeOrLifecycleHost(),
        new RestrictedVolumeType(),
        new PrivilegeEscalationAllowed(),
        new RunAsNonRootNotEnforced(),
        new RunsAsRootUser(),
        new SeccompProfileNotSet(),
        new CapabilitiesNotRestricted(),
        new UnmaskedProcMountInUserNamespace(),
    ];
}
