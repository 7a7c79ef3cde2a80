namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1001: ADD/COPY of a secret-looking file (key, .npmrc, .env, kubeconfig…) into any layer.</summary>
public sealed class SecretFileAddedToImage : Rule<DockerfileDocument>
{
    public override string Id => "CL1001";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        var graph = document.GetStages(context);
        foreach (var source in SecurityFiles.LocalSources(graph))
        {
            if (!SecurityFiles.IsSecretPath(source.Value)) continue;
            // Removed later in the stage: CL1002 reports it with the better explanation.
            if (SecurityFiles.FindRemoval(source) is not null) continue;
            yield return new RuleHit(source.Argument.Span, source.Value, source.Instruction.Name);
        }
    }
}
