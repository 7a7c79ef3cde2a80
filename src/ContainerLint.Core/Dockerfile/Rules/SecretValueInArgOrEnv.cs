namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1004: an ARG default or ENV value that looks like a secret (token, key, password in a URL…).</summary>
public sealed class SecretValueInArgOrEnv : Rule<DockerfileDocument>
{
    public override string Id => "CL1004";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var i in document.AllInstructions().Where(i => i.Kind is InstructionKind.Arg or InstructionKind.Env))
        {
            foreach (var kv in i.KeyValues)
            {
                if (kv.ValueSpan is { } span && SecurityValues.Match(kv.Key, kv.Value) is { } match)
                {
                    yield return new RuleHit(span, kv.Key, match.Kind, match.Masked, i.Name);
                }
            }
        }
    }
}
