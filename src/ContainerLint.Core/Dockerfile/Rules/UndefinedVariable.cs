namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1073: a variable used in a build-time instruction (COPY, ADD, ENV, LABEL, WORKDIR, USER, EXPOSE, VOLUME, STOPSIGNAL)
/// that is not defined there. The base image's ENV is unknown to a linter, so it reports only what is surely a mistake:
/// a name defined later in the stage, or a near-miss of a defined name (typo), or any unknown name in a stage FROM scratch.
/// </summary>
public sealed class UndefinedVariable : Rule<DockerfileFacts>
{
    private static readonly HashSet<string> Predefined = new(StringComparer.Ordinal)
    {
        "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
        "HTTP_PROXY", "HTTPS_PROXY", "FTP_PROXY", "NO_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "ftp_proxy", "no_proxy", "all_proxy",
        "BUILDKIT_SYNTAX", "BUILDKIT_INLINE_CACHE", "SOURCE_DATE_EPOCH", "PATH", "HOME", "HOSTNAME",
    };

    public override RuleMetadata Descriptor => RuleDescriptors.UndefinedVariable;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        var graph = facts.Graph;
        var words = new List<(string Raw, Model.SourceSpan Span, string? Key)>();
        foreach (var stage in graph.Stages)
        {
            var fromScratch = stage.SelfAndBaseStages()[^1].IsScratch;
            var list = stage.Instructions;
            for (var n = 0; n < list.Count; n++)
            {
                var i = list[n];
                if (i.Kind is not (InstructionKind.Copy or InstructionKind.Add or InstructionKind.Env or InstructionKind.Label or InstructionKind.Workdir
                    or InstructionKind.User or InstructionKind.Expose or InstructionKind.Volume or InstructionKind.Stopsignal)) continue;
                var scope = graph.ScopeAt(i);
                HashSet<string>? sameInstruction = null; // ENV keys defined earlier in the same instruction
                words.Clear();
                Words(i, words);
                foreach (var (raw, span, key) in words)
                {
                    var references = VariableReferences.In(raw, span, facts.Document.EscapeChar);
                    for (var r = 0; r < references.Count; r++)
                    {
                        var v = references[r];
                        if (v.HasDefault || scope.Variables.ContainsKey(v.Name) || Predefined.Contains(v.Name) || (sameInstruction is not null && sameInstruction.Contains(v.Name))) continue;
                        // A name the stage does not define is common (the base image's ENV): loops, no LINQ per reference.
                        var later = DefinedAfter(list, n, v.Name);
                        var near = later is null ? NearMiss(scope, v.Name) : null;
                        if (later is not null) hits.Add(new RuleHit(v.Span, v.Name, $" (it is defined later, on line {later.StartLine})"));
                        else if (near is not null) hits.Add(new RuleHit(v.Span, v.Name, $" (did you mean {near}?)"));
                        else if (fromScratch) hits.Add(new RuleHit(v.Span, v.Name, ""));
                    }

                    if (key is not null) (sameInstruction ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);
                }
            }
        }
    }

    /// <summary>The first ARG or ENV after instruction <paramref name="n"/> of the stage that defines <paramref name="name"/>.</summary>
    private static Instruction? DefinedAfter(IReadOnlyList<Instruction> list, int n, string name)
    {
        for (var j = n + 1; j < list.Count; j++)
        {
            var x = list[j];
            if (x.Kind is not (InstructionKind.Arg or InstructionKind.Env)) continue;
            var keyValues = x.KeyValues;
            for (var k = 0; k < keyValues.Count; k++)
            {
                if (keyValues[k].Key == name) return x;
            }
        }

        return null;
    }

    private static string? NearMiss(VariableScope scope, string name)
    {
        foreach (var defined in scope.Variables.Keys)
        {
            if (IsNearMiss(defined, name)) return defined;
        }

        return null;
    }

    /// <summary>The words of <paramref name="i"/> that can reference a variable, with the ENV key each defines.</summary>
    private static void Words(Instruction i, List<(string Raw, Model.SourceSpan Span, string? Key)> words)
    {
        if (i.Kind is InstructionKind.Env or InstructionKind.Label)
        {
            var keyValues = i.KeyValues;
            for (var n = 0; n < keyValues.Count; n++)
            {
                var kv = keyValues[n];
                if (kv.Value is { } value && kv.ValueSpan is { } span) words.Add((value, span, i.Kind == InstructionKind.Env ? kv.Key : null));
            }

            return;
        }

        var flags = i.Flags;
        for (var n = 0; n < flags.Count; n++)
        {
            if (flags[n] is { Value: { } value, ValueSpan: { } span }) words.Add((value, span, null));
        }

        var arguments = i.Arguments;
        for (var n = 0; n < arguments.Count; n++)
        {
            var a = arguments[n];
            if (!a.Value.StartsWith("<<", StringComparison.Ordinal)) words.Add((a.Value, a.Span, null));
        }
    }

    private static bool IsNearMiss(string defined, string used)
    {
        if (string.Equals(defined, used, StringComparison.OrdinalIgnoreCase)) return true;
        if (defined.Length < 4 || Math.Abs(defined.Length - used.Length) > 1) return false;
        // One edit (substitution, insertion, deletion) or one transposition.
        var (a, b) = defined.Length <= used.Length ? (defined, used) : (used, defined);
        var i = 0;
        while (i < a.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length)
        {
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))) return true;
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }

        return a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }
}
