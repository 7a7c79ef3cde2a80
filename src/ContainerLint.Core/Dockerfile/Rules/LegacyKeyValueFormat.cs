namespace ContainerLint.Core.Dockerfile.Rules;

using System.Globalization;
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
        // One note per file, at the first legacy pair, naming the lines of the others: a file written in the old style
        // would otherwise get a note per ENV.
        var pairs = LegacyPairs(facts).ToList();
        if (pairs.Count == 0) yield break;
        var (first, instruction, fix) = pairs[0];
        var others = pairs.Skip(1).Select(p => p.Pair.KeySpan.Line).Distinct().ToArray();
        var more = others.Length == 0 ? ""
            : others.Length == 1 ? $" (so does line {others[0].ToString(CultureInfo.InvariantCulture)})"
            : $" (so do {others.Length.ToString(CultureInfo.InvariantCulture)} more: lines {string.Join(", ", others.Take(8).Select(l => l.ToString(CultureInfo.InvariantCulture)))}{(others.Length > 8 ? ", …" : "")})";
        yield return new RuleHit(first.KeySpan, instruction.Name, first.Key, more) { Fix = fix };
    }

    /// <summary>Every ENV/LABEL pair in the legacy form, with the edit that rewrites it when the rewrite is mechanical.</summary>
    internal static IEnumerable<(KeyValueArgument Pair, Instruction Instruction, Fix? Fix)> LegacyPairs(DockerfileFacts facts)
    {
        foreach (var i in facts.Document.AllInstructions().Where(i => i.Kind is InstructionKind.Env or InstructionKind.Label))
        {
            foreach (var kv in i.KeyValues.Where(kv => kv.IsLegacyForm))
            {
                Fix? fix = null;
                if (kv.ValueSpan is { } vs && vs.Line == vs.EndLine && kv.KeySpan.Line == vs.Line && kv.Value is { } value)
                {
                    var quoted = value.Length > 0 && value.IndexOfAny([' ', '\t', '"', '\'', '\\']) < 0 ? value
                        : value.StartsWith('"') && value.EndsWith('"') && value.Length > 1 ? value
                        : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
                    if (value.IndexOfAny(['"', '\'', '\\']) < 0 || (value.StartsWith('"') && value.EndsWith('"')))
                    {
                        fix = new Fix("Use the KEY=value form", new SourceSpan(kv.KeySpan.Line, kv.KeySpan.Column, vs.EndLine, vs.EndColumn), $"{kv.Key}={quoted}");
                    }
                }

                yield return (kv, i, fix);
            }
        }
    }
}
