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

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        var instructions = facts.Document.Instructions;
        var first = 0;
        while (first < instructions.Count && instructions[first].Kind != InstructionKind.From) first++;
        int lower = 0, upper = 0;
        for (var n = first; n < instructions.Count; n++)
        {
            var i = instructions[n];
            if (i.Kind == InstructionKind.Unknown) continue;
            if (IsCased(i.Keyword, toUpper: false)) lower++;
            else if (IsCased(i.Keyword, toUpper: true)) upper++;
        }

        if (first < instructions.Count) Hits(instructions, first, lowerWins: lower > upper, hits);
    }

    private static void Hits(IReadOnlyList<Instruction> instructions, int first, bool lowerWins, RuleHitSink hits)
    {
        var majority = lowerWins ? "the file's other instructions (most are lower case)" : "the file's other instructions (most are upper case)";
        for (var n = first; n < instructions.Count; n++)
        {
            var i = instructions[n];
            if (i.Kind == InstructionKind.Unknown) continue;
            if (!IsCased(i.Keyword, toUpper: !lowerWins))
            {
                var expected = lowerWins ? i.Keyword.ToLowerInvariant() : i.Keyword.ToUpperInvariant();
                hits.Add(new RuleHit(i.KeywordSpan, i.Keyword, majority, expected) { BuildCheck = ConsistentCasing });
            }

            if (i.Kind == InstructionKind.From && i.Arguments.Count >= 3 && string.Equals(i.Arguments[1].Value, "as", StringComparison.OrdinalIgnoreCase))
            {
                // A FROM in mixed case is ConsistentInstructionCasing's finding; AS is judged against a FROM in one case only.
                var asWord = i.Arguments[1].Value;
                var want = IsCased(i.Keyword, toUpper: false) ? "as" : IsCased(i.Keyword, toUpper: true) ? "AS" : asWord;
                if (asWord != want) hits.Add(new RuleHit(i.Arguments[1].Span, asWord, $"its '{i.Keyword}'", want) { BuildCheck = FromAsCasing });
            }
        }
    }

    /// <summary>True when the word is unchanged by invariant lower-casing (or upper-casing), without allocating a copy.</summary>
    private static bool IsCased(string word, bool toUpper)
    {
        // Keywords are ASCII: unchanged by casing means no letter of the other case (asked of every instruction, twice).
        // A plain loop: the generic ContainsAnyInRange boxed a char per call under the JIT (0.7 MB per pass over the corpus).
        if (System.Text.Ascii.IsValid(word)) return !HasLetterOfCase(word, upper: !toUpper);
        if (word.Length > 64) return word == (toUpper ? word.ToUpperInvariant() : word.ToLowerInvariant());
        Span<char> cased = stackalloc char[word.Length];
        if (toUpper) word.AsSpan().ToUpperInvariant(cased);
        else word.AsSpan().ToLowerInvariant(cased);
        return cased.SequenceEqual(word);
    }

    private static bool HasLetterOfCase(string word, bool upper)
    {
        var (low, high) = upper ? ('A', 'Z') : ('a', 'z');
        foreach (var c in word)
        {
            if (c >= low && c <= high) return true;
        }

        return false;
    }
}
