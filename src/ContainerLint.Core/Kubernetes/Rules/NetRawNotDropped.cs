namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Rules;

/// <summary>NET_RAW kept (not dropped through ALL or by name) or added (CIS 5.2.8): raw sockets allow spoofing on the pod network.</summary>
public sealed class NetRawNotDropped : ContainerRule
{
    public override string Id => "CL2116";

    protected override IEnumerable<RuleHit> Check(ContainerView c, RuleContext context)
    {
        if (c.Workload.IsWindows) yield break;
        var added = Scalars(c.Capabilities, "add").FirstOrDefault(s => s.Value is "NET_RAW" or "ALL");
        if (added is not null)
        {
            yield return c.Hit(added.Span, c.Name, "adds " + added.Value);
            yield break;
        }

        if (!Scalars(c.Capabilities, "drop").Any(s => s.Value is "ALL" or "NET_RAW"))
        {
            yield return c.Hit(c.Capabilities?.Find("drop")?.Key.Span ?? c.SecurityContext?.Find("capabilities")?.Key.Span ?? c.SecurityContextAnchor, c.Name, "does not drop it");
        }
    }
}
