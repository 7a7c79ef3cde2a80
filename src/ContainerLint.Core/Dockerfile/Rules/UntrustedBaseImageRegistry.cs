namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1023: a FROM image or <c>COPY --from=&lt;image&gt;</c> outside the configured trusted registries (silent when none are configured).</summary>
public sealed class UntrustedBaseImageRegistry : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.UntrustedBaseImageRegistry;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        var trusted = context.Configuration.TrustedRegistries;
        if (trusted.Count == 0) return;
        var list = string.Join(", ", trusted);
        foreach (var stage in facts.Graph.Stages)
        {
            if (stage.Image is { } image && !image.IsFromTrustedRegistry(trusted)) hits.Add(new RuleHit(stage.BaseImage.Span, stage.BaseImage.Value, list));
            foreach (var reference in stage.CopyFrom)
            {
                if (reference.Image is { } copied && !copied.IsFromTrustedRegistry(trusted)) hits.Add(new RuleHit(reference.Value.Span, reference.Value.Value, list));
            }
        }
    }
}
