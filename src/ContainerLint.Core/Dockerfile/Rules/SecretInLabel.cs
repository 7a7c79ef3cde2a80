namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Secrets;

/// <summary>CL1005: a LABEL that holds a secret (labels are public image metadata).</summary>
public sealed class SecretInLabel : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SecretInLabel;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var i in facts.Document.AllInstructions())
        {
            if (i.Kind != InstructionKind.Label) continue;
            foreach (var kv in i.KeyValues)
            {
                if (kv.ValueSpan is not { } span || kv.Value is null) continue;
                var key = kv.Key.Trim('"', '\'');
                var value = kv.Value.Trim().Trim('"', '\'');
                if (ConfigurationValues.Secret(key, value) is { } match)
                {
                    hits.Add(new RuleHit(span, key, match.Kind, match.Masked));
                }
                else if (value.Length > 0 && !SourcePaths.IsIndirect(value) && SecretDetector.IsSecretName(key, context.Configuration.SecretNamePatterns))
                {
                    hits.Add(new RuleHit(span, key, "secret-named label", SecretMasker.Mask(value)));
                }
            }
        }
    }
}
