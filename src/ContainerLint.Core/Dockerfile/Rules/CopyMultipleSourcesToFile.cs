namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Rules;

/// <summary>CL1065: COPY/ADD with several sources to a destination that does not end in <c>/</c> (the build fails).</summary>
public sealed class CopyMultipleSourcesToFile : Rule<DockerfileDocument>
{
    public override string Id => "CL1065";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        var graph = document.GetStages(context);
        foreach (var i in graph.Stages.SelectMany(s => s.Instructions).Where(i => i.Kind is InstructionKind.Copy or InstructionKind.Add))
        {
            if (i.Arguments.Count < 3) continue;
            var dest = i.Arguments[^1];
            var word = graph.ScopeAt(i).Expand(dest);
            if (!word.IsFullyResolved || word.Value.EndsWith('/') || word.Value.EndsWith('\\') || word.Value is "." or "..") continue;
            yield return new RuleHit(dest.Span, i.Name, word.Value);
        }
    }
}
