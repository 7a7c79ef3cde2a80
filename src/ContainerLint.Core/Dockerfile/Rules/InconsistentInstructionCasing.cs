namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1076: keywords that do not follow the file's casing (most keywords upper or lower), mixed-case keywords, and <c>AS</c> cased unlike its FROM.</summary>
public sealed class InconsistentInstructionCasing : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.InconsistentInstructionCasing;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context)
    {
        var all = facts.Document.AllInstructions().Where(i => i.Kind != InstructionKind.Unknown).ToArray();
        var lower = all.Count(i => i.Keyword == i.Keyword.ToLowerInvariant());
        var upperWins = all.Length - lower >= lower;
        foreach (var i in all)
        {
            var expected = upperWins ? i.Keyword.ToUpperInvariant() : i.Keyword.ToLowerInvariant();
            if (i.Keyword != expected) yield return new RuleHit(i.KeywordSpan, i.Keyword, expected);
            if (i.Kind == InstructionKind.From && i.Arguments.Count >= 3 && string.Equals(i.Arguments[1].Value, "as", StringComparison.OrdinalIgnoreCase))
            {
                var asWord = i.Arguments[1].Value;
                var want = i.Keyword == i.Keyword.ToLowerInvariant() ? "as" : "AS";
                if (asWord != want) yield return new RuleHit(i.Arguments[1].Span, asWord, want);
            }
        }
    }
}
