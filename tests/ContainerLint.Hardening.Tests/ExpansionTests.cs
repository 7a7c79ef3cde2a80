namespace ContainerLint.Hardening.Tests;

using System.Text;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>
/// Issue #15, defects 2, 3 and 6 (Dockerfile side): variable expansion and stage graphs a hostile Dockerfile
/// can blow up. Each reproduction and a few variants are generated here and linted in-process under time
/// and allocation guards; the findings the damaged part does not cause must all still be there.
/// </summary>
public sealed class ExpansionTests
{
    private const string Curl = "CL1006";
    private const string RunsAsRoot = "CL1011";

    private static FileResult Checked(string text, double seconds = 10, long megabytes = 1_000)
    {
        var result = Guard.Bounded(() => Lint.Text("Dockerfile", text), seconds, megabytes);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == DiagnosticIds.InternalError);
        var source = new SourceText(text);
        foreach (var f in result.Findings) Assert.True(Lint.SpanProblem(f, source) is null, Lint.SpanProblem(f, source));
        return result;
    }

    private static string Ids(FileResult result) => string.Join("; ", result.Findings.Select(f => $"{f.RuleId}@{f.Span.Line}: {f.Message}"));

    /// <summary>The lines after the damaged word: each gives a finding that must survive it.</summary>
    private const string Tail = "RUN curl -u admin:s3cretpw https://example.com/install.sh -o /tmp/i.sh\nUSER root\n";

    public static TheoryData<string, string> OneBadWord()
    {
        var pattern = new string('a', 2_000);
        var stars = string.Concat(Enumerable.Repeat("*a", 1_000)) + "*b";
        var longValue = "ARG Y=" + new string('a', 60_000) + "\n";
        return new()
        {
            // The reproduction: the non-backtracking regex threw NotSupportedException on a 2,000-character pattern.
            { "prefix, unset variable", $"ENV X=${{Y#{pattern}}}\n" },
            { "longest prefix", $"ENV X=${{Y##{pattern}*}}\n" },
            { "suffix", $"ENV X=${{Y%{pattern}}}\n" },
            { "longest suffix", $"ENV X=${{Y%%*{pattern}}}\n" },
            { "replace", $"ENV X=${{Y/{pattern}/b}}\n" },
            { "replace all", $"ENV X=${{Y//{pattern}/b}}\n" },
            { "stars against a long value", longValue + $"ENV X=${{Y#{stars}}}\n" },
            { "stars, replace all, long value", longValue + $"ENV X=${{Y//{stars}/b}}\n" },
            { "question marks against a long value", longValue + $"ENV X=${{Y%%{new string('?', 3_000)}b}}\n" },
            { "a pattern in a FROM", $"ARG Y=x\nFROM alpine:${{Y#{pattern}}}\nFROM alpine:3.20\n" },
            { "a pattern in COPY --from", $"COPY --from=${{Y/{stars}/x}} /a /b\n" },
        };
    }

    [Theory]
    [MemberData(nameof(OneBadWord))]
    public void OneHostileWordDoesNotHideTheRestOfTheFile(string name, string lines)
    {
        var text = lines.StartsWith("ARG Y=x\nFROM", StringComparison.Ordinal) ? lines + Tail : "FROM alpine:3.20\n" + lines + Tail;
        var result = Checked(text);
        Assert.True(result.Findings.Any(f => f.RuleId == Curl) && result.Findings.Any(f => f.RuleId == RunsAsRoot), name + ": " + Ids(result));
    }

    private static string Doubled(string lines) => "FROM alpine:3.20\n" + lines + "FROM alpine:$A\n" + Tail;

    public static TheoryData<string, string, int> Doubling() => new()
    {
        // name, the file, the line of the CL0011 (the first word past the cap)
        { "ENV doubling (the issue's 338-byte file)", Doubled("ENV A=xxxxxxxxxxxxxxxx\n" + string.Concat(Enumerable.Repeat("ENV A=$A$A\n", 26))), 19 },
        { "ARG doubling", Doubled("ARG A=xxxxxxxxxxxxxxxx\n" + string.Concat(Enumerable.Repeat("ARG A=$A$A\n", 26))), 19 },
        { "ENV tripling in braces", Doubled("ENV A=xxxxxxxxxxxxxxxx\n" + string.Concat(Enumerable.Repeat("ENV A=${A}${A}${A}\n", 20))), 13 },
        { "doubling through a default", Doubled("ENV A=xxxxxxxxxxxxxxxx\n" + string.Concat(Enumerable.Repeat("ENV A=${UNSET:-$A$A}\n", 26))), 19 },
        { "doubling inside quotes", Doubled("ENV A=xxxxxxxxxxxxxxxx\n" + string.Concat(Enumerable.Repeat("ENV A=\"$A$A\"\n", 26))), 19 },
        { "two variables leapfrogging", Doubled("ENV A=xxxxxxxxxxxxxxxx B=y\n" + string.Concat(Enumerable.Repeat("ENV B=$A$A\nENV A=$B$B\n", 13))), 19 },
        { "global ARG doubling before FROM", "ARG A=xxxxxxxxxxxxxxxx\n" + string.Concat(Enumerable.Repeat("ARG A=$A$A\n", 26)) + "FROM alpine:$A\nFROM alpine:3.20\n" + Tail, 18 },
    };

    [Theory]
    [MemberData(nameof(Doubling))]
    public void DoublingStopsAtTheCapAndTheWordIsUnresolved(string name, string text, int limitLine)
    {
        var result = Checked(text);
        var limit = result.Findings.First(f => f.RuleId == DiagnosticIds.LimitExceeded);
        Assert.True(limitLine == limit.Span.Line, name + ": " + Ids(result));
        Assert.Contains("not expanded", limit.Message, StringComparison.Ordinal);
        Assert.True(result.Findings.Any(f => f.RuleId == Curl) && result.Findings.Any(f => f.RuleId == RunsAsRoot), name + ": " + Ids(result));

        // Past the cap the value is unknown, so the image name built from it gives no finding (no rule names an alpine:xxxx… tag).
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", StringComparison.Ordinal));
    }

    [Fact]
    public void ManyCappedWordsStayWithinTheFileAllowance()
    {
        // Every line copies a value just under the cap (2 x 512 Ki): the per-file allowance, not the per-value cap, stops this one.
        var sb = new StringBuilder("FROM alpine:3.20\nENV A=xxxxxxxxxxxxxxxx\n" + string.Concat(Enumerable.Repeat("ENV A=$A$A\n", 15)));
        for (var i = 0; i < 20_000; i++) sb.Append("ENV B").Append(i).Append("=$A$A\n");
        var result = Checked(sb + Tail, seconds: 15, megabytes: 2_500);
        Assert.Contains(result.Findings, f => f.RuleId == DiagnosticIds.LimitExceeded && f.Message.Contains("allowance", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.RuleId == RunsAsRoot);
    }

    public static TheoryData<string, string> StageGraphs()
    {
        var chain = new StringBuilder("FROM alpine:3.20 AS s0\n");
        for (var i = 0; i < 40_000; i++) chain.Append("FROM s").Append(i).Append(" AS s").Append(i + 1).Append('\n');
        var env = new StringBuilder("FROM alpine:3.20 AS s0\n");
        for (var i = 0; i < 2_000; i++) env.Append("ENV V").Append(i).Append("=x\n");
        for (var i = 0; i < 20_000; i++) env.Append("FROM s").Append(i).Append(" AS s").Append(i + 1).Append('\n');
        var star = new StringBuilder("FROM alpine:3.20 AS base\n");
        for (var i = 0; i < 2_000; i++) star.Append("ENV V").Append(i).Append("=x\n");
        for (var i = 0; i < 20_000; i++) star.Append("FROM base AS s").Append(i).Append("\nCOPY --from=base /a /b\n");
        var wide = new StringBuilder();
        for (var i = 0; i < 20_000; i++) wide.Append("FROM alpine:3.20 AS s").Append(i).Append("\nCOPY --from=s").Append(i / 2).Append(" /a /b\n");
        return new()
        {
            { "40,000 chained stages (the issue's 25 s)", chain.ToString() },
            { "2,000 ENVs inherited by 20,000 chained stages (the issue's 2.7 GB)", env.ToString() },
            { "2,000 ENVs inherited by 20,000 sibling stages", star.ToString() },
            { "20,000 stages copying from each other", wide.ToString() },
        };
    }

    [Theory]
    [MemberData(nameof(StageGraphs))]
    public void LargeStageGraphsAreLintedInBoundedTime(string name, string text)
    {
        var result = Checked(text + Tail, seconds: 15, megabytes: 3_000);
        Assert.True(result.Findings.Any(f => f.RuleId == Curl) && result.Findings.Any(f => f.RuleId == RunsAsRoot), name + ": " + Ids(result));
    }

    [Fact]
    public void AChainDeeperThanTheWalkLimitIsReportedOnceAtTheFirstStagePastIt()
    {
        var sb = new StringBuilder("FROM alpine:3.20 AS s0\n");
        for (var i = 0; i < 300; i++) sb.Append("FROM s").Append(i).Append(" AS s").Append(i + 1).Append('\n');
        var result = Checked(sb.ToString());
        var limit = Assert.Single(result.Findings, f => f.RuleId == DiagnosticIds.LimitExceeded);
        Assert.True(new SourceSpan(257, 1, 257, 5) == limit.Span, limit.Span.ToString());
        Assert.Contains("256", limit.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> LongStageNames() => new()
    {
        // Issue #15, defect 5: the "did you mean this stage?" hint built an int[50001, 50001] table (9.8 GB, 46 s).
        { "the issue's", $"FROM alpine:3.20 AS {new string('b', 50_000)}\nFROM alpine:3.20\nCOPY --from={new string('a', 50_000)} /x /y\n" },
        { "near-miss long names", $"FROM alpine:3.20 AS {new string('a', 50_000)}\nFROM alpine:3.20\nCOPY --from={new string('a', 49_999)}b /x /y\n" },
        { "many stages, many references", string.Concat(Enumerable.Range(0, 200).Select(i => $"FROM alpine:3.20 AS {new string((char)('a' + (i % 26)), 300)}{i}\n")) + string.Concat(Enumerable.Range(0, 200).Select(i => $"COPY --from={new string('z', 300)}{i} /x /y\n")) },
    };

    [Theory]
    [MemberData(nameof(LongStageNames))]
    public void LongStageNamesGetNoHintAndCostNothing(string name, string text)
    {
        var result = Checked(text + Tail, seconds: 10, megabytes: 500);
        Assert.True(result.Findings.Any(f => f.RuleId == RunsAsRoot), name + ": " + Ids(result));
    }
}
