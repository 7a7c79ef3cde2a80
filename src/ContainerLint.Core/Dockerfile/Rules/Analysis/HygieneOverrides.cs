namespace ContainerLint.Core.Dockerfile.Rules.Analysis;

using System.Globalization;
using ContainerLint.Core.Rules;

/// <summary>Instructions of which only the last in a stage takes effect (CMD, ENTRYPOINT, HEALTHCHECK).</summary>
internal static class HygieneOverrides
{
    /// <summary>A hit on each instruction of <paramref name="kind"/> that a later one in the same stage overrides, naming the line of the last.</summary>
    public static IEnumerable<RuleHit> Overridden(DockerfileDocument document, RuleContext context, InstructionKind kind)
    {
        foreach (var stage in document.GetStages(context).Stages)
        {
            var all = stage.OfKind(kind).ToArray();
            for (var i = 0; i + 1 < all.Length; i++)
            {
                yield return new RuleHit(all[i].KeywordSpan, all[^1].StartLine.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
