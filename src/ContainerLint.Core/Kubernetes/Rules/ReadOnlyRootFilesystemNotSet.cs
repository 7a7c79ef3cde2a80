namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Rules;

/// <summary>readOnlyRootFilesystem must be true (CIS 5.7.3, NIST 4.4.4); ephemeral debug containers are left out.</summary>
public sealed class ReadOnlyRootFilesystemNotSet : ContainerRule
{
    public override string Id => "CL2101";

    protected override IEnumerable<RuleHit> Check(ContainerView c, RuleContext context)
    {
        if (c.List == ContainerListKind.Ephemeral) yield break;
        if (c.SecurityContext?.GetBoolean("readOnlyRootFilesystem") == true) yield break;
        yield return c.Hit(c.SecurityContext?.Find("readOnlyRootFilesystem")?.Value.Span ?? c.SecurityContextAnchor, c.Name);
    }
}
