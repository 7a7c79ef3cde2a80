namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1065: COPY/ADD with several sources to a destination that does not end in <c>/</c> (the build fails).</summary>
public sealed class CopyMultipleSourcesToFile : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.CopyMultipleSourcesToFile;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        var graph = facts.Graph;
        foreach (var stage in graph.Stages)
        {
            foreach (var i in stage.Instructions)
            {
                if (i.Kind is not (InstructionKind.Copy or InstructionKind.Add) || i.Arguments.Count < 3) continue;
                var dest = i.Arguments[^1];
                var word = graph.ScopeAt(i).Expand(dest);
                if (!word.IsFullyResolved || word.Value.EndsWith('/') || word.Value.EndsWith('\\') || word.Value is "." or "..") continue;
                hits.Add(new RuleHit(dest.Span, i.Name, word.Value));
            }
        }
    }
}
