namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>PSS restricted "procMount_restricted": procMount unset or Default, even in a user namespace.</summary>
public sealed class UnmaskedProcMountInUserNamespace : WorkloadRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.UnmaskedProcMountInUserNamespace;

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits) => UnmaskedProcMount.ProcMountHits(workload, hits);
}
