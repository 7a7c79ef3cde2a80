namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1045: <c>COPY --from=x / …</c> copies a whole root filesystem (package databases, caches, setuid files) into the image.
/// A stage that is only an alias of an image (<c>FROM tonistiigi/xx AS xx</c>, no instructions) is a curated tool bundle meant to be copied whole, and is not reported.
/// </summary>
public sealed class WholeFilesystemCopiedFromStage : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.WholeFilesystemCopiedFromStage;

    /// <summary>
    /// The root of a chain is <c>scratch</c>, or names an earlier stage through a variable (<c>FROM binaries-$TARGETOS</c>)
    /// and every earlier stage whose name fits that pattern is built from scratch.
    /// </summary>
    private static bool BuiltFromScratch(StageGraph graph, Stage root)
    {
        if (root.IsScratch) return true;
        if (root.BaseImage.IsFullyResolved || root.BaseImage.Raw.IndexOf('$') is not (> 0 and var at)) return false;
        var prefix = root.BaseImage.Raw[..at];
        if (prefix.Contains(':', StringComparison.Ordinal) || prefix.Contains('/', StringComparison.Ordinal)) return false;
        var candidates = graph.Stages.Take(root.Index).Where(s => s.Name is { } n && n.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).ToList();
        return candidates.Count > 0 && candidates.All(s => s.SelfAndBaseStages().Last().IsScratch);
    }

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        var graph = facts.Graph;
        Dictionary<Stage, bool>? fromScratch = null;
        foreach (var s in graph.Stages)
        {
            foreach (var i in s.OfKind(InstructionKind.Copy))
            {
                if (i.GetFlag("from") is { } from) Check(graph, i, from, ref fromScratch, hits);
            }
        }
    }

    private static void Check(StageGraph graph, Instruction i, InstructionFlag from, ref Dictionary<Stage, bool>? fromScratch, RuleHitSink hits)
    {
        var source = graph.StageOf(i)?.CopyFrom.FirstOrDefault(r => ReferenceEquals(r.Instruction, i) && ReferenceEquals(r.Flag, from));
        if (source?.Stage is { Instructions.Count: 0, BaseStage: null }) return;
        // A stage built FROM scratch holds only the artifacts put into it, not a root filesystem.
        if (source?.Stage is { } stage && stage.SelfAndBaseStages().Last() is var root
            && ((fromScratch ??= new(ReferenceEqualityComparer.Instance)).TryGetValue(root, out var known) ? known : fromScratch[root] = BuiltFromScratch(graph, root))) return;
        var scope = graph.ScopeAt(i);
        for (var n = 0; n < i.Arguments.Count - 1; n++)
        {
            // Only a source with a '/' or a variable can expand to the root: the others are not expanded.
            var argument = i.Arguments[n];
            if (argument.Value.AsSpan().IndexOfAny('/', '$') < 0) continue;
            var word = scope.Expand(argument);
            if (word.IsFullyResolved && word.Value.Trim() is "/" or "/." or "/*") hits.Add(new RuleHit(argument.Span, from.Value ?? ""));
        }
    }
}
