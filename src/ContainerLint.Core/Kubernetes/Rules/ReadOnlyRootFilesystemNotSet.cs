namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>readOnlyRootFilesystem must be true (CIS 5.7.3, NIST 4.4.4); ephemeral debug containers are left out.</summary>
public sealed class ReadOnlyRootFilesystemNotSet : ContainerRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.ReadOnlyRootFilesystemNotSet;

    protected override void Check(ContainerView c, RuleContext context, RuleHitSink hits)
    {
        if (c.List == ContainerListKind.Ephemeral) return;
        if (c.SecurityContext?.GetBoolean("readOnlyRootFilesystem") == true) return;
        if (c.Workload.IsPatch && c.SecurityContext?.Find("readOnlyRootFilesystem") is null) return;
        hits.Add(c.Hit(c.SecurityContext?.Find("readOnlyRootFilesystem")?.Value.Span ?? c.SecurityContextAnchor, c.Name));
    }
}
