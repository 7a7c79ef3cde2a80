namespace ContainerLint.Core.Dockerfile.Rules;

using System.Globalization;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Secrets;

/// <summary>CL1077: <c>ENV key value</c> / <c>LABEL key value</c> (no <c>=</c>): the value silently swallows the rest of the line.</summary>
public sealed class LegacyKeyValueFormat : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.LegacyKeyValueFormat;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        // One note per file, at the first legacy pair, naming the lines of the others: a file written in the old style
        // would otherwise get a note per ENV.
        var pairs = LegacyPairs(facts);
        if (pairs.Count == 0) return;
        var (first, instruction, _) = pairs[0];
        var others = new List<int>(pairs.Count - 1);
        var edits = new List<TextEdit>(pairs.Count);
        var patterns = context.Configuration.SecretNamePatterns;
        for (var n = 0; n < pairs.Count; n++)
        {
            var (pair, _, fix) = pairs[n];
            if (n > 0 && !others.Contains(pair.KeySpan.Line)) others.Add(pair.KeySpan.Line);

            // One fix for every pair the note names; a pair whose rewrite would show a secret is left as it is (a fix
            // holding a secret would be dropped whole, and the other pairs with it).
            if (fix is null || ShowsSecret(fix, patterns)) continue;
            edits.AddRange(fix.Edits);
        }

        var more = others.Count == 0 ? ""
            : others.Count == 1 ? $" (so does line {others[0].ToString(CultureInfo.InvariantCulture)})"
            : $" (so do {others.Count.ToString(CultureInfo.InvariantCulture)} more: lines {string.Join(", ", others.Take(8).Select(l => l.ToString(CultureInfo.InvariantCulture)))}{(others.Count > 8 ? ", …" : "")})";
        hits.Add(new RuleHit(first.KeySpan, instruction.Name, first.Key, more)
        {
            Fix = edits.Count == 0 || facts.Document.EscapeChar != '\\' ? null : new Fix(edits.Count == 1 ? "Use the KEY=value form" : $"Use the KEY=value form ({edits.Count.ToString(CultureInfo.InvariantCulture)} pairs)", edits),
        });
    }

    private static bool ShowsSecret(Fix fix, IReadOnlyList<string> namePatterns)
    {
        var edits = fix.Edits;
        for (var n = 0; n < edits.Count; n++)
        {
            if (SecretMasker.SecretRanges(edits[n].Replacement, namePatterns).Count > 0) return true;
        }

        return false;
    }

    /// <summary>Every ENV/LABEL pair in the legacy form, with the edit that rewrites it when the rewrite is mechanical.</summary>
    internal static IReadOnlyList<(KeyValueArgument Pair, Instruction Instruction, Fix? Fix)> LegacyPairs(DockerfileFacts facts)
    {
        // Plain loops, and no list for the files (nearly all) written in the KEY=value form.
        List<(KeyValueArgument Pair, Instruction Instruction, Fix? Fix)>? pairs = null;
        foreach (var i in facts.Document.AllInstructions())
        {
            if (i.Kind is not (InstructionKind.Env or InstructionKind.Label)) continue;
            var keyValues = i.KeyValues;
            for (var n = 0; n < keyValues.Count; n++)
            {
                var kv = keyValues[n];
                if (kv.IsLegacyForm) (pairs ??= []).Add((kv, i, FixFor(kv)));
            }
        }

        return pairs ?? (IReadOnlyList<(KeyValueArgument, Instruction, Fix?)>)[];
    }

    private static Fix? FixFor(KeyValueArgument kv)
    {
        if (kv.ValueSpan is not { } vs || vs.Line != vs.EndLine || kv.KeySpan.Line != vs.Line || kv.Value is not { } value) return null;
        var quoted = value.Length > 0 && value.AsSpan().IndexOfAny(" \t\"'\\") < 0 ? value
            : value.StartsWith('"') && value.EndsWith('"') && value.Length > 1 ? value
            : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        return value.AsSpan().IndexOfAny("\"'\\") < 0 || (value.StartsWith('"') && value.EndsWith('"'))
            ? new Fix("Use the KEY=value form", new SourceSpan(kv.KeySpan.Line, kv.KeySpan.Column, vs.EndLine, vs.EndColumn), $"{kv.Key}={quoted}")
            : null;
    }
}
