namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;

/// <summary>CL1077: <c>ENV key value</c> / <c>LABEL key value</c> (no <c>=</c>): the value silently swallows the rest of the line.</summary>
public sealed class LegacyKeyValueFormat : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.LegacyKeyValueFormat;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context)
    {
        foreach (var i in facts.Document.AllInstructions().Where(i => i.Kind is InstructionKind.Env or InstructionKind.Label))
        {
            foreach (var kv in i.KeyValues.Where(kv => kv.IsLegacyForm))
            {
                var hit = new RuleHit(kv.KeySpan, i.Name, kv.Key);
                if (kv.ValueSpan is { } vs && vs.Line == vs.EndLine && kv.KeySpan.Line == vs.Line && kv.Value is { } value)
                {
                    var quoted = value.Length > 0 && value.IndexOfAny([' ', '\t', '"', '\'', '\\']) < 0 ? value
                        : value.StartsWith('"') && value.EndsWith('"') && value.Length > 1 ? value
                        : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
                    if (value.IndexOfAny(['"', '\'', '\\']) < 0 || (value.StartsWith('"') && value.EndsWith('"')))
                    {
                        hit = hit with { Fix = new Fix("Use the KEY=value form", new SourceSpan(kv.KeySpan.Line, kv.KeySpan.Column, vs.EndLine, vs.EndColumn), $"{kv.Key}={quoted}") };
                    }
                }

                yield return hit;
            }
        }
    }
}
