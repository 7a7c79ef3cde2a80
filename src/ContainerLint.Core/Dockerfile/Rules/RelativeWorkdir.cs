namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1062: the first WORKDIR of a stage (and of the stages it is built FROM) is relative (after variable expansion), so it
/// resolves against the base image's working directory. Later relative WORKDIRs resolve against one this file set and
/// are fine, as BuildKit's WorkdirRelativePath check has it.
/// </summary>
public sealed class RelativeWorkdir : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.RelativeWorkdir;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        var graph = facts.Graph;
        foreach (var stage in graph.Stages)
        {
            var set = WorkdirInBase(stage);
            foreach (var i in stage.OfKind(InstructionKind.Workdir))
            {
                var first = !set;
                set = true;
                if (!first || i.Arguments.Count == 0) continue;
                var word = graph.ScopeAt(i).Expand(i.Arguments[0]);
                if (!word.IsFullyResolved || word.Value.Length == 0 || IsAbsolute(word.Value)) continue;
                hits.Add(new RuleHit(i.Arguments[0].Span, word.Value));
            }
        }
    }

    internal static bool IsAbsolute(string path) =>
        path[0] is '/' or '\\' || (path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':');

    /// <summary>Whether a stage the given one is built FROM sets a WORKDIR (asked for every stage: a loop, no iterators).</summary>
    internal static bool WorkdirInBase(Stage stage)
    {
        var chain = stage.SelfAndBaseStages();
        for (var n = 1; n < chain.Count; n++)
        {
            if (chain[n].OfKind(InstructionKind.Workdir).Count > 0) return true;
        }

        return false;
    }
}
