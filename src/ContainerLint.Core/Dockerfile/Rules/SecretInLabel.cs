namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Secrets;

/// <summary>CL1005: a LABEL that holds a secret (labels are public image metadata).</summary>
public sealed class SecretInLabel : Rule<DockerfileDocument>
{
    public override string Id => "CL1005";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var i in document.AllInstructions().Where(i => i.Kind == InstructionKind.Label))
        {
            foreach (var kv in i.KeyValues)
            {
                if (kv.ValueSpan is not { } span || kv.Value is null) continue;
                var key = kv.Key.Trim('"', '\'');
                var value = kv.Value.Trim().Trim('"', '\'');
                if (SecurityValues.Match(key, value) is { } match)
                {
                    yield return new RuleHit(span, key, match.Kind, match.Masked);
                }
                else if (value.Length > 0 && !SecurityFacts.IsIndirect(value) && SecretDetector.IsSecretName(key, context.Configuration.SecretNamePatterns))
                {
                    yield return new RuleHit(span, key, "secret-named label", SecretMasker.Mask(value));
                }
            }
        }
    }
}
