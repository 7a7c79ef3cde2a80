namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>containerPort 22: an SSH daemon in a container (CIS Docker 5.7, NIST 4.1.2).</summary>
public sealed class ContainerSshPortExposed : ContainerRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.ContainerSshPortExposed;

    protected override void Check(ContainerView c, RuleContext context, RuleHitSink hits)
    {
        foreach (var port in (c.Node.GetSequence("ports")?.Items ?? []).OfType<YamlMapping>())
        {
            if (port.GetScalar("containerPort") is { } p && p.AsInteger() == 22) hits.Add(c.Hit(p.Span, c.Name));
        }
    }
}
