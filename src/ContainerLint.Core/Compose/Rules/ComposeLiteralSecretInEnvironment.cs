namespace ContainerLint.Core.Compose.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>A literal secret in environment, list or map syntax (CIS Docker 4.10, NIST 4.1.4); masked.</summary>
public sealed class ComposeLiteralSecretInEnvironment : ServiceRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.ComposeLiteralSecretInEnvironment;

    protected override void Check(ComposeService s, RuleContext context, RuleHitSink hits)
    {
        var env = s.Node["environment"];
        var pairs = new List<(string Name, string Value, YamlScalar Node)>();
        if (env is YamlMapping map)
        {
            foreach (var e in map.MergedEntries())
            {
                if (e.KeyText is { } k && e.Value is YamlScalar { IsNull: false } v) pairs.Add((k, v.Value, v));
            }
        }
        else if (env is YamlSequence seq)
        {
            foreach (var item in seq.Items.OfType<YamlScalar>())
            {
                var eq = item.Value.IndexOf('=');
                if (eq > 0) pairs.Add((item.Value[..eq], item.Value[(eq + 1)..], item));
            }
        }

        foreach (var (name, value, node) in pairs)
        {
            if (Secrets.LiteralCredential.Classify(name, value, context.Configuration.SecretNamePatterns) is { } kind)
            {
                hits.Add(s.Hit(node.Span, s.Name, name, kind, Secrets.SecretMasker.Mask(value)));
            }
        }
    }
}
