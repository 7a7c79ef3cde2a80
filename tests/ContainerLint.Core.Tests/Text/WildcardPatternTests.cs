namespace ContainerLint.Core.Tests.Text;

using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using ContainerLint.Core.Text;

/// <summary>
/// The linear wildcard matcher gives exactly what a leftmost-first regex engine gives for the same pattern
/// (the semantics BuildKit's Go regexps have), checked against .NET's backtracking engine on many small
/// random cases, and stays linear where the regex engines do not.
/// </summary>
public sealed class WildcardPatternTests
{
    private static string ToRegex(string pattern, bool greedy, bool anchored)
    {
        var sb = new StringBuilder(anchored ? "^" : "");
        foreach (var c in pattern)
        {
            sb.Append(c switch
            {
                '*' => greedy ? "[^\\n]*" : "[^\\n]*?",
                '?' => "[^\\n]",
                _ => Regex.Escape(c.ToString()),
            });
        }

        return sb.ToString();
    }

    private static string RandomString(Random random, string alphabet, int maxLength)
    {
        var length = random.Next(maxLength + 1);
        var chars = new char[length];
        for (var i = 0; i < length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
        return new string(chars);
    }

    [Fact]
    public void AgreesWithALeftmostFirstRegexOnRandomPatterns()
    {
        var random = new Random(1234);
        for (var n = 0; n < 20_000; n++)
        {
            var pattern = RandomString(random, "ab*?", 7);
            var text = RandomString(random, "aab\n", 12);
            var compiled = WildcardPattern.Compile(pattern, WildcardPatternOptions.WildcardsSkipNewline);
            foreach (var greedy in new[] { false, true })
            {
                var expected = Regex.Match(text, ToRegex(pattern, greedy, anchored: true));
                var allowance = long.MaxValue;
                var end = compiled.MatchPrefix(text, greedy, ref allowance);
                Assert.True((expected.Success ? expected.Length : -1) == end, $"prefix '{pattern}' on '{text.Replace("\n", "\\n")}' greedy={greedy}: {end}");
            }

            for (var from = 0; from <= text.Length; from++)
            {
                var expected = new Regex(ToRegex(pattern, greedy: true, anchored: false)).Match(text, from);
                var allowance = long.MaxValue;
                var (start, end) = compiled.Find(text, from, ref allowance);
                var want = expected.Success ? (expected.Index, expected.Index + expected.Length) : (-1, -1);
                Assert.True(want == (start, end), $"find '{pattern}' in '{text.Replace("\n", "\\n")}' from {from}: {start}..{end}, want {want}");
            }
        }
    }

    [Fact]
    public void WholeMatchesIgnoreCaseWhenAsked()
    {
        Assert.True(WildcardPattern.Compile("my_*_se?d", WildcardPatternOptions.IgnoreCase).IsMatch("MY_SIGNING_SEED"));
        Assert.False(WildcardPattern.Compile("my_*_se?d").IsMatch("MY_SIGNING_SEED"));
        Assert.True(WildcardPattern.Compile("*").IsMatch(""));
        Assert.False(WildcardPattern.Compile("a*b*c").IsMatch("abcb"));
    }

    [Fact]
    public void StarsThatDefeatBacktrackingCostLinearTime()
    {
        // *A*A*…*B against AAAA…A: a backtracking engine explores C(n, k) splits; the matcher places each segment once.
        var pattern = string.Concat(Enumerable.Repeat("*A", 2_000)) + "*B";
        var text = new string('A', 100_000);
        var clock = Stopwatch.StartNew();
        Assert.False(WildcardPattern.Compile(pattern).IsMatch(text));
        var allowance = long.MaxValue;
        Assert.Equal(-1, WildcardPattern.Compile(pattern).Find(text, 0, ref allowance).Start);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString());
    }

    [Fact]
    public void AQueryStopsWhenItsAllowanceRunsOut()
    {
        var compiled = WildcardPattern.Compile(new string('?', 1_000) + "b");
        var text = new string('a', 100_000);
        var allowance = 50_000L;
        Assert.Equal(WildcardPattern.Exhausted, compiled.Find(text, 0, ref allowance).Start);
        Assert.True(allowance < 0);
        allowance = 50_000L;
        Assert.Equal(WildcardPattern.Exhausted, WildcardPattern.Compile("*" + new string('?', 1_000) + "b").MatchPrefix(text, longest: true, ref allowance));
    }

    [Fact]
    public void ALiteralLineFeedIsNotSupportedWhereWildcardsSkipLines()
    {
        var allowance = long.MaxValue;
        Assert.Equal(WildcardPattern.Unsupported, WildcardPattern.Compile("a\nb", WildcardPatternOptions.WildcardsSkipNewline).MatchPrefix("a\nb", false, ref allowance));
        Assert.Equal(3, WildcardPattern.Compile("a\nb").MatchPrefix("a\nb", false, ref allowance));
    }
}
