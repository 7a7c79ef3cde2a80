namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Secrets;
using ContainerLint.Core.Yaml;

/// <summary>
/// A literal secret in env[].value (CIS 5.4.1, NIST 4.1.4); the value is masked in the message. Placeholders, the name
/// of a Secret object and setting words are not credentials (<see cref="LiteralCredential"/>).
/// </summary>
public sealed class LiteralSecretInEnvironment : ContainerRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.LiteralSecretInEnvironment;

    protected override void Check(ContainerView c, RuleContext context, RuleHitSink hits)
    {
        foreach (var env in (c.Node.GetSequence("env")?.Items ?? []).OfType<YamlMapping>())
        {
            if (env.GetString("name") is not { } name || env.GetScalar("value") is not { IsNull: false } value) continue;
            if (LiteralCredential.Classify(name, value.Value, context.Configuration.SecretNamePatterns) is { } kind)
            {
                hits.Add(c.Hit(value.Span, c.Name, name, kind, SecretMasker.Mask(value.Value)));
            }
        }
    }
}
