namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1072: an ENV value refers to a variable set earlier in the same ENV instruction; BuildKit
/// expands every pair with the values from before the instruction, so it gets the old value.
/// </summary>
public sealed class EnvSelfReference : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.EnvSelfReference;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var env in facts.Document.AllInstructions())
        {
            // Only a pair after the first can refer to one set before it: single-pair ENVs (most) need no scan of their value.
            if (env.Kind != InstructionKind.Env || env.KeyValues.Count < 2) continue;
            var defined = new HashSet<string>(StringComparer.Ordinal);
            foreach (var kv in env.KeyValues)
            {
                if (defined.Count > 0 && kv.Value is { } value && kv.ValueSpan is { } span)
                {
                    foreach (var v in VariableReferences.In(value, span, facts.Document.EscapeChar))
                    {
                        if (defined.Contains(v.Name)) hits.Add(new RuleHit(v.Span, v.Name));
                    }
                }

                defined.Add(kv.Key);
            }
        }
    }
}
