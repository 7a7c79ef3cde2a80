namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1062: WORKDIR with a relative path (after variable expansion): it depends on every WORKDIR before it.</summary>
public sealed class RelativeWorkdir : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.RelativeWorkdir;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context)
    {
        var graph = facts.Graph;
        foreach (var i in graph.Stages.SelectMany(s => s.OfKind(InstructionKind.Workdir)))
        {
            if (i.Arguments.Count == 0) continue;
            var word = graph.ScopeAt(i).Expand(i.Arguments[0]);
            if (!word.IsFullyResolved || word.Value.Length == 0 || IsAbsolute(word.Value)) continue;
            yield return new RuleHit(i.Arguments[0].Span, word.Value);
        }
    }

    internal static bool IsAbsolute(string path) =>
        path[0] is '/' or '\\' || (path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':');
}
