namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1004: an ARG default or ENV value that looks like a secret (token, key, password in a URL…).</summary>
public sealed class SecretValueInArgOrEnv : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SecretValueInArgOrEnv;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var i in facts.Document.AllInstructions())
        {
            if (i.Kind is not (InstructionKind.Arg or InstructionKind.Env)) continue;
            foreach (var kv in i.KeyValues)
            {
                if (kv.ValueSpan is { } span && ConfigurationValues.Secret(kv.Key, kv.Value) is { } match) hits.Add(new RuleHit(span, kv.Key, match.Kind, match.Masked, i.Name));
            }
        }
    }
}
