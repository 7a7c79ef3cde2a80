namespace ContainerLint.Core.Tests.Shell;

using ContainerLint.Core.Shell;

public sealed class VariableExpanderTests
{
    private static Func<string, string?> Env(string spec) =>
        VariableExpander.Lookup(spec.Length == 0 ? [] : spec.Split(';'));

    // input | env (k=v;k=v) | expected value or "!error" | resolved names | unresolved names
    // Mostly BuildKit's TestProcessWithMatches table.
    [Theory]
    [InlineData("x", "DUMMY=dummy", "x", "", "")]
    [InlineData("x ${UNUSED}", "DUMMY=dummy", "x ", "", "UNUSED")]
    [InlineData("x ${FOO}", "FOO=y", "x y", "FOO", "")]
    [InlineData("${FOO-aaa} ${BAR-bbb} ${BAZ-ccc}", "FOO=xxx;BAR=", "xxx  ccc", "FOO,BAR", "BAZ")]
    [InlineData("${FOO:-aaa} ${BAR:-bbb} ${BAZ:-ccc}", "FOO=xxx;BAR=", "xxx bbb ccc", "FOO,BAR", "BAZ")]
    [InlineData("${FOO:-}", "FOO=xxx;BAR=", "xxx", "FOO", "")]
    [InlineData("${FOO:-}", "", "", "", "FOO")]
    [InlineData("${FOO+aaa} ${BAR+bbb} ${BAZ+ccc}", "FOO=xxx;BAR=", "aaa bbb ", "FOO,BAR", "BAZ")]
    [InlineData("${FOO:+aaa} ${BAR:+bbb} ${BAZ:+ccc}", "FOO=xxx;BAR=", "aaa  ", "FOO,BAR", "BAZ")]
    [InlineData("${FOO?aaa}", "FOO=xxx;BAR=", "xxx", "FOO", "")]
    [InlineData("${BAR?bbb}", "FOO=xxx;BAR=", "", "BAR", "")]
    [InlineData("${BAZ?ccc}", "FOO=xxx;BAR=", "!error", "", "BAZ")]
    [InlineData("${FOO:?aaa}", "FOO=xxx;BAR=", "xxx", "FOO", "")]
    [InlineData("${BAR:?bbb}", "FOO=xxx;BAR=", "!error", "BAR", "")]
    [InlineData("${BAZ:?}", "FOO=xxx;BAR=", "!error", "", "BAZ")]
    [InlineData("${FOO=aaa}", "FOO=xxx", "!error", "", "")]
    [InlineData("${FOO=}", "", "!error", "", "")]
    [InlineData(@"${FOO#()[]{\}^$.\*\?|\\}", @"FOO=()[]{}^$.*?|\x", "x", "FOO", "")]
    [InlineData(@"${FOO%%\**}", "FOO=xx**", "xx", "FOO", "")]
    [InlineData("${FOO#*x*y}", "FOO=xxyy", "y", "FOO", "")]
    [InlineData("${FOO#*}", "FOO=xxyy", "xxyy", "FOO", "")]
    [InlineData("${FOO#$BAR}", "FOO=xxyy;BAR=x", "xyy", "FOO,BAR", "")]
    [InlineData("${FOO#}", "FOO=xxyy", "xxyy", "FOO", "")]
    [InlineData("${FOO##*x}", "FOO=xxyy", "yy", "FOO", "")]
    [InlineData("${FOO##}", "FOO=xxyy", "xxyy", "FOO", "")]
    [InlineData(@"${FOO#?\?}", "FOO=???y", "?y", "FOO", "")]
    [InlineData("${ABC:-.}${FOO%x}${ABC:-.}", "FOO=xxyy", ".xxyy.", "FOO", "ABC")]
    [InlineData(@"${FOO%%\**\*}", "FOO=a***yy*", "a", "FOO", "")]
    [InlineData("${FOO%y}", "FOO=xxyy", "xxy", "FOO", "")]
    [InlineData("${FOO%%y*}", "FOO=xxyy", "xx", "FOO", "")]
    [InlineData("${FOO%*y}", "FOO=xxyy", "xxy", "FOO", "")]
    [InlineData("${FOO%}", "FOO=xxyy", "xxyy", "FOO", "")]
    [InlineData(@"${FOO#\x}", "FOO=xxyy", "!error", "FOO", "")]
    [InlineData("${FOO/$NEEDLE/.} - ${FOO//$NEEDLE/.}", @"FOO=/foo*/*/*.txt;NEEDLE=\*/", "/foo.*/*.txt - /foo..*.txt", "FOO,NEEDLE", "")]
    [InlineData("${FOO/$NEEDLE/} - ${FOO//$NEEDLE/}", "FOO=/tmp/tmp/bar.txt;NEEDLE=/tmp", "/tmp/bar.txt - /bar.txt", "FOO,NEEDLE", "")]
    [InlineData("${FOO/$NEEDLE/$R} - ${FOO//$NEEDLE/$R}", "FOO=/a/foo/b/c.txt;NEEDLE=/?/;R=/", "/foo/b/c.txt - /foo/c.txt", "FOO,NEEDLE,R", "")]
    [InlineData("${FOO/$NEEDLE/$R}", "FOO=http://google.de;NEEDLE=http://;R=https://", "https://google.de", "FOO,NEEDLE,R", "")]
    [InlineData(@"${FOO//\//\/}", "FOO=/tmp/foo.txt", @"\/tmp\/foo.txt", "FOO", "")]
    [InlineData("${FOO/$BAR/ww}", "FOO=xxyy;BAR=", "wwxxyy", "FOO,BAR", "")]
    [InlineData("${FOO//x/a$0b}", "FOO=xxyy", "ababyy", "FOO", "0")] // $0 is an (unset) positional parameter here
    [InlineData(@"${FOO//x/<\$0>}", "FOO=xxyy", @"<\x><\x>yy", "FOO", "")] // Go's replacement template: $0 is the match
    [InlineData(@"${FOO//x/a\$0b}", "FOO=xxyy", @"a\a\yy", "FOO", "")] // ... and $0b names a group that does not exist
    [InlineData("${FOO//*/z}", "FOO=abc", "z", "FOO", "")]
    [InlineData("${FOO//ww}", "FOO=xxyy", "!error", "", "")]
    [InlineData("${FOO//}", "FOO=xxyy", "!error", "", "")]
    [InlineData("${FOO///}", "FOO=xxyy", "xxyy", "FOO", "")]
    [InlineData("${FOO///}", "", "", "", "FOO")]
    [InlineData("something-${VERSION}.${TARGETOS}-${TARGETARCH}${TARGETVARIANT:+-${TARGETVARIANT}}.tar.gz",
        "VERSION=v1.2.3;TARGETOS=linux;TARGETARCH=arm;TARGETVARIANT=v7",
        "something-v1.2.3.linux-arm-v7.tar.gz", "VERSION,TARGETOS,TARGETARCH,TARGETVARIANT", "")]
    public void ExpandsLikeBuildKit(string input, string env, string expected, string resolved, string unresolved)
    {
        var result = new VariableExpander().ProcessWord(input, Env(env));
        if (expected == "!error")
        {
            Assert.False(result.Success, result.Value);
            Assert.NotNull(result.Error);
            Assert.Equal("", result.Value);
            return;
        }
        Assert.True(result.Success, result.Error);
        Assert.Equal(expected, result.Value);
        Assert.Equal(Split(resolved), result.ResolvedNames.Order(StringComparer.Ordinal));
        Assert.Equal(Split(unresolved), result.UnresolvedNames.Order(StringComparer.Ordinal));
        Assert.Equal(unresolved.Length > 0, result.HasUnresolved);
    }

    private static IEnumerable<string> Split(string names) =>
        names.Length == 0 ? [] : names.Split(',').Order(StringComparer.Ordinal);

    [Fact]
    public void ReportsEachReferenceWithItsExactSpanOuterFirst()
    {
        // 0123456789012345678901234
        // FROM ${IMAGE:-$BASE}:$TAG
        const string input = "${IMAGE:-$BASE}:$TAG";
        var result = new VariableExpander().ProcessWord(input, Env("TAG=1.2"));
        Assert.True(result.Success);
        Assert.Equal(":1.2", result.Value);
        Assert.Equal(
            [new VariableReference("IMAGE", 0, 15, false), new VariableReference("BASE", 9, 14, false), new VariableReference("TAG", 16, 20, true)],
            result.References);
        Assert.True(result.HasUnresolved);
        Assert.Equal(["IMAGE", "BASE"], result.UnresolvedNames);
        Assert.Equal(["TAG"], result.ResolvedNames);
    }

    [Fact]
    public void AResolvedImageHasNoUnresolvedReference()
    {
        var result = new VariableExpander().ProcessWord("nginx:${TAG}", Env("TAG=latest"));
        Assert.Equal("nginx:latest", result.Value);
        Assert.False(result.HasUnresolved);
    }

    [Theory]
    [InlineData("he`$PWD", "he$PWD")]
    [InlineData(@"C:\path\$PWD", @"C:\path\/home")]
    [InlineData("\"a`\"b\"", "a\"b")]
    [InlineData("a` b", "a b")]
    [InlineData("x`", "x")]
    public void HonoursTheBacktickEscapeCharacter(string input, string expected)
    {
        var result = new VariableExpander('`').ProcessWord(input, Env("PWD=/home"));
        Assert.True(result.Success, result.Error);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("nginx:${TAG}", "nginx:${TAG}")]
    [InlineData("nginx:$TAG", "nginx:$TAG")]
    [InlineData("${TAG:-x}", "${TAG:-x}")]
    [InlineData("${TAG/a/b}", "${TAG/a/b}")]
    [InlineData("${SET}-${TAG}", "ok-${TAG}")]
    public void CanKeepUnsetReferencesVerbatim(string input, string expected)
    {
        var expander = new VariableExpander(new VariableExpanderOptions { KeepUnsetVariables = true });
        var result = expander.ProcessWord(input, Env("SET=ok"));
        Assert.True(result.Success, result.Error);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("${A", 3)]
    [InlineData("x\"abc", 5)]
    [InlineData("ab'c", 4)]
    [InlineData("${}", 2)]
    public void ErrorsCarryTheOffsetWhereTheyWereFound(string input, int offset)
    {
        var result = new VariableExpander().ProcessWord(input, Env(""));
        Assert.False(result.Success);
        Assert.Equal(offset, result.ErrorOffset);
        Assert.Empty(result.Words);
    }

    [Fact]
    public void DeepNestingIsAnErrorNotAStackOverflow()
    {
        var depth = 100_000;
        var input = string.Concat(Enumerable.Repeat("${A:-", depth)) + "x" + new string('}', depth);
        var result = new VariableExpander().ProcessWord(input, Env(""));
        Assert.False(result.Success);
        Assert.Contains("nested deeper than 200", result.Error, StringComparison.Ordinal);

        var shallow = string.Concat(Enumerable.Repeat("${A:-", 150)) + "x" + new string('}', 150);
        Assert.Equal("x", new VariableExpander().ProcessWord(shallow, Env("")).Value);
    }

    [Fact]
    public void IsLinearOnALargeInput()
    {
        var input = string.Concat(Enumerable.Repeat("a $B \"c $B\" 'd' ", 200_000));
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var result = new VariableExpander().ProcessWords(input, Env("B=b b"));
        Assert.True(result.Success);
        Assert.Equal(200_000 * 5, result.Words.Count);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10), sw.Elapsed.ToString());
    }

    [Fact]
    public void WordsSplitSubstitutedValuesButNotQuotedOnes()
    {
        var result = new VariableExpander().ProcessWords("80/tcp $PORTS \"$PORTS\"", Env("PORTS=443 8080"));
        Assert.Equal(["80/tcp", "443", "8080", "443 8080"], result.Words);
        Assert.Equal("80/tcp 443 8080 443 8080", result.Value);
    }

    [Fact]
    public void AValuePastTheCapIsALimitNotAValue()
    {
        var budget = new ExpansionBudget(maxValueLength: 100);
        var result = new VariableExpander().ProcessWord("$A$A", Env("A=" + new string('x', 60)), budget);
        Assert.True(result.LimitExceeded);
        Assert.False(result.Success);
        Assert.Equal("", result.Value);
        Assert.Contains("100", result.Error, StringComparison.Ordinal);

        // A long word with small substitutions is not capped: the cap is on what expansion adds.
        var literal = new string('y', 1_000) + "$A";
        Assert.True(new VariableExpander().ProcessWord(literal, Env("A=" + new string('x', 60)), budget).Success);
    }

    [Fact]
    public void TheFileAllowanceIsSharedByEveryWord()
    {
        var budget = new ExpansionBudget(work: 1_000);
        var expander = new VariableExpander();
        var lookup = Env("A=" + new string('x', 300));
        Assert.True(expander.ProcessWord("$A", lookup, budget).Success);
        Assert.True(expander.ProcessWord("$A", lookup, budget).Success);
        Assert.True(expander.ProcessWord("$A", lookup, budget).Success);
        var fourth = expander.ProcessWord("$A", lookup, budget);
        Assert.True(fourth.LimitExceeded, fourth.Error);
        Assert.True(budget.Exhausted);
        Assert.True(expander.ProcessWord("plain", lookup, budget).Success);
    }

    [Fact]
    public void PatternWorkIsChargedToo()
    {
        var budget = new ExpansionBudget(work: 10_000);
        var result = new VariableExpander().ProcessWord("${A##*" + new string('?', 200) + "b}", Env("A=" + new string('a', 5_000)), budget);
        Assert.True(result.LimitExceeded, result.Error);
    }
}
