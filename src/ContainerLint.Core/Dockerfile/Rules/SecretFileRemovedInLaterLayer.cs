namespace ContainerLint.Core.Dockerfile.Rules;

using System.Globalization;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1002: a secret-looking file is ADDed/COPYed and removed by a later RUN of the stage; the earlier layer still holds it.</summary>
public sealed class SecretFileRemovedInLaterLayer : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SecretFileRemovedInLaterLayer;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var source in facts.LocalSources)
        {
            if (source.IsSecretPath && source.RemovedOnLine is { } line) hits.Add(new RuleHit(source.Argument.Span, source.Value, line.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
