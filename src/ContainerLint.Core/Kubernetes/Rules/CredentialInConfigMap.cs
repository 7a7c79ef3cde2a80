namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Secrets;
using ContainerLint.Core.Yaml;

/// <summary>
/// A credential in a ConfigMap (CIS 5.4.1, NIST 4.1.4): an entry whose key is secret-like and whose value is a literal,
/// a value with a known credential shape, or a configuration file (YAML, properties, INI, .env) with such a setting.
/// ConfigMaps are not Secrets: readable by anyone who may read configuration, never encrypted at rest. One finding per
/// entry, on the value (or on the line of the file that holds it); the value is never shown.
/// </summary>
public sealed class CredentialInConfigMap : Rule<KubernetesFile>
{
    public override RuleMetadata Descriptor => RuleDescriptors.CredentialInConfigMap;

    public override void Check(KubernetesFile document, RuleContext context, RuleHitSink hits)
    {
        var patterns = context.Configuration.SecretNamePatterns;
        foreach (var map in document.OfKind("ConfigMap"))
        {
            if (map.Node.GetMapping("data") is not { } data) continue;
            foreach (var e in data.Entries)
            {
                if (e.KeyText is not { } key || e.Value is not YamlScalar { IsNull: false } value) continue;
                if (LiteralCredential.Classify(key, value.Value, patterns) is { } kind)
                {
                    hits.Add(map.Hit(value.Span, map.Name, key, kind, SecretMasker.Mask(value.Value.Trim())));
                }
                else if (LiteralCredential.InConfigurationText(value.Value, patterns) is { } line)
                {
                    hits.Add(map.Hit(LiteralCredential.LineIn(document.Text, value, line.Line), map.Name, $"{key}, setting '{line.Key}'", line.Kind, SecretMasker.MaskRun));
                }
            }
        }
    }
}
