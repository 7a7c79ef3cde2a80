namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>resources.limits.cpu must be set so one container cannot starve the node (CIS Docker 5.11/5.12, NIST 4.4.3).</summary>
public sealed class CpuLimitMissing : ContainerRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.CpuLimitMissing;

    protected override void Check(ContainerView c, RuleContext context, RuleHitSink hits) => ContainerResources.Missing(c, "limits", "cpu", hits);
}
