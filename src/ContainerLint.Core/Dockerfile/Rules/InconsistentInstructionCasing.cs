namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1076: keyword casing, as BuildKit checks it. ConsistentInstructionCasing: the keywords of the stages (from the first
/// FROM on; ONBUILD triggers are not keywords of their own) that are all lower or all upper case vote, lower case wins
/// only with a strict majority, and every keyword not in the winning case is reported, mixed-case ones included.
/// FromAsCasing: an <c>AS</c> cased unlike its all-lower or all-upper <c>FROM</c>.
/// </summary>
public sealed class InconsistentInstructionCasing : Rule<DockerfileFacts>
{
    private const string ConsistentCasing = "ConsistentInstructionCasing";
    private const string FromAsCasing = "FromAsCasing";

    public override RuleMetadata Descriptor => RuleDescriptors.InconsistentInstructionCasing;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context)
    {
        var all = facts.Document.Instructions.SkipWhile(i => i.Kind != InstructionKind.From).Where(i => i.Kind != InstructionKind.Unknown).ToArray();
        int lower = 0, upper = 0;
        foreach (var i in all)
        {
            if (i.Keyword == i.Keyword.ToLowerInvariant()) lower++;
            else if (i.Keyword == i.Keyword.ToUpperInvariant()) upper++;
        }

        var lowerWins = lower > upper;
        var majority = lowerWins ? "the file's other instructions (most are lower case)" : "the file's other instructions (most are upper case)";
        foreach (var i in all)
        {
            var expected = lowerWins ? i.Keyword.ToLowerInvariant() : i.Keyword.ToUpperInvariant();
            if (i.Keyword != expected) yield return new RuleHit(i.KeywordSpan, i.Keyword, majority, expected) { BuildCheck = ConsistentCasing };
            if (i.Kind == InstructionKind.From && i.Arguments.Count >= 3 && string.Equals(i.Arguments[1].Value, "as", StringComparison.OrdinalIgnoreCase))
            {
                // A FROM in mixed case is ConsistentInstructionCasing's finding; AS is judged against a FROM in one case only.
                var asWord = i.Arguments[1].Value;
                var want = i.Keyword == i.Keyword.ToLowerInvariant() ? "as" : i.Keyword == i.Keyword.ToUpperInvariant() ? "AS" : asWord;
                if (asWord != want) yield return new RuleHit(i.Arguments[1].Span, asWord, $"its '{i.Keyword}'", want) { BuildCheck = FromAsCasing };
            }
        }
    }
}
