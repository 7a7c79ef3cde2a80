namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1064: COPY/ADD to a relative destination before any WORKDIR in the stage (or the stages it is built FROM).</summary>
public sealed class CopyRelativeDestinationWithoutWorkdir : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.CopyRelativeDestinationWithoutWorkdir;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        var graph = facts.Graph;
        foreach (var stage in graph.Stages)
        {
            if (RelativeWorkdir.WorkdirInBase(stage)) continue;
            foreach (var i in stage.Instructions)
            {
                if (i.Kind == InstructionKind.Workdir) break;
                if (i.Kind is not (InstructionKind.Copy or InstructionKind.Add) || i.Arguments.Count < 2) continue;
                var dest = i.Arguments[^1];
                var word = graph.ScopeAt(i).Expand(dest);
                if (!word.IsFullyResolved || word.Value.Length == 0 || RelativeWorkdir.IsAbsolute(word.Value)) continue;
                hits.Add(new RuleHit(dest.Span, i.Name, word.Value));
            }
        }
    }
}
