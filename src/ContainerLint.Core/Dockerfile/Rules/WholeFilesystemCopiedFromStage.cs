namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Rules;

/// <summary>CL1045: <c>COPY --from=x / …</c> copies a whole root filesystem (package databases, caches, setuid files) into the image.</summary>
public sealed class WholeFilesystemCopiedFromStage : Rule<DockerfileDocument>
{
    public override string Id => "CL1045";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        var graph = document.GetStages(context);
        foreach (var i in graph.Stages.SelectMany(s => s.OfKind(InstructionKind.Copy)))
        {
            if (i.GetFlag("from") is not { } from) continue;
            var scope = graph.ScopeAt(i);
            foreach (var source in i.Arguments.Take(i.Arguments.Count - 1))
            {
                var word = scope.Expand(source);
                if (word.IsFullyResolved && word.Value.Trim() is "/" or "/." or "/*") yield return new RuleHit(source.Span, from.Value ?? "");
            }
        }
    }
}
