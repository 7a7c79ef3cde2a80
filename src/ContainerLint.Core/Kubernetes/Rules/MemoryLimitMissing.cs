namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Rules;

/// <summary>resources.limits.memory must be set so one container cannot starve the node (CIS Docker 5.11/5.12, NIST 4.4.3).</summary>
public sealed class MemoryLimitMissing : ContainerRule
{
    public override string Id => "CL2102";

    protected override IEnumerable<RuleHit> Check(ContainerView c, RuleContext context)
    {
        if (c.List == ContainerListKind.Ephemeral) yield break;
        var resources = c.Node.GetMapping("resources");
        if (resources?.GetMapping("limits")?.GetString("memory") is { Length: > 0 }) yield break;
        yield return c.Hit(resources?.Find("limits")?.Key.Span ?? c.Node.Find("resources")?.Key.Span ?? c.Anchor, c.Name);
    }
}
