namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1001: ADD/COPY of a secret-looking file (key, .npmrc, .env, kubeconfig…) into any layer.</summary>
public sealed class SecretFileAddedToImage : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SecretFileAddedToImage;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var source in facts.LocalSources)
        {
            // Removed later in the stage: CL1002 reports it with the better explanation.
            if (!source.IsSecretPath || source.RemovedOnLine is not null) continue;
            hits.Add(new RuleHit(source.Argument.Span, source.Value, source.Instruction.Name));
        }
    }
}
