namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1072: an ENV value refers to a variable set earlier in the same ENV instruction; BuildKit
/// expands every pair with the values from before the instruction, so it gets the old value.
/// </summary>
public sealed class EnvSelfReference : Rule<DockerfileDocument>
{
    public override string Id => "CL1072";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        foreach (var env in document.AllInstructions().Where(i => i.Kind == InstructionKind.Env))
        {
            var defined = new HashSet<string>(StringComparer.Ordinal);
            foreach (var kv in env.KeyValues)
            {
                if (kv.Value is { } value && kv.ValueSpan is { } span)
                {
                    foreach (var v in HygieneVariables.In(value, span, document.EscapeChar))
                    {
                        if (defined.Contains(v.Name)) yield return new RuleHit(v.Span, v.Name);
                    }
                }

                defined.Add(kv.Key);
            }
        }
    }
}
