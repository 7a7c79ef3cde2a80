namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1068: two stages share an <c>AS</c> name (case-insensitive); later references become ambiguous.</summary>
public sealed class DuplicateStageName : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.DuplicateStageName;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        // Most files have one stage: no dictionary for them.
        if (facts.Graph.Stages.Count < 2) return;
        var seen = new Dictionary<string, Stage>(StringComparer.OrdinalIgnoreCase);
        foreach (var stage in facts.Graph.Stages)
        {
            if (stage.Name is not { } name || stage.NameSpan is not { } span) continue;
            if (seen.TryGetValue(name, out var first))
            {
                hits.Add(new RuleHit(span, name, first.From.StartLine.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            else
            {
                seen[name] = stage;
            }
        }
    }
}
