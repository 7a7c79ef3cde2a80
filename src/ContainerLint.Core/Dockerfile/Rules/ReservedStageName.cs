namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1069: a stage named <c>scratch</c> or <c>context</c>, words BuildKit reserves.</summary>
public sealed class ReservedStageName : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.ReservedStageName;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var stage in facts.Graph.Stages)
        {
            if (stage.Name is { } name && stage.NameSpan is { } span && name.ToLowerInvariant() is "scratch" or "context") hits.Add(new RuleHit(span, name));
        }
    }
}
