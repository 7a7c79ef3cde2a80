namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>containerPort below 1024 needs root or NET_BIND_SERVICE (CIS Docker 5.8); off by default.</summary>
public sealed class PrivilegedPort : ContainerRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.PrivilegedPort;

    protected override void Check(ContainerView c, RuleContext context, RuleHitSink hits)
    {
        foreach (var port in (c.Node.GetSequence("ports")?.Items ?? []).OfType<YamlMapping>())
        {
            if (port.GetScalar("containerPort") is { } p && p.AsInteger() is > 0 and < 1024 and not 22) hits.Add(c.Hit(p.Span, c.Name, p.Value));
        }
    }
}
