namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>A Secret consumed through env (secretKeyRef/envFrom secretRef) rather than a file (CIS 5.4.1); off by default.</summary>
public sealed class SecretFromEnvironmentVariable : ContainerRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.SecretFromEnvironmentVariable;

    protected override void Check(ContainerView c, RuleContext context, RuleHitSink hits)
    {
        foreach (var env in (c.Node.GetSequence("env")?.Items ?? []).OfType<YamlMapping>())
        {
            if (env.GetMapping("valueFrom")?.Find("secretKeyRef") is { } e) hits.Add(c.Hit(e.Key.Span, c.Name, env.GetString("name") ?? ""));
        }

        foreach (var from in (c.Node.GetSequence("envFrom")?.Items ?? []).OfType<YamlMapping>())
        {
            if (from.Find("secretRef") is { } e) hits.Add(c.Hit(e.Key.Span, c.Name, "envFrom"));
        }
    }
}
