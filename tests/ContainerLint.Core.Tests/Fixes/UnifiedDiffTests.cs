namespace ContainerLint.Core.Tests.Fixes;

using ContainerLint.Core.Fixes;

public sealed class UnifiedDiffTests
{
    private static string Diff(string before, string after)
    {
        var writer = new StringWriter();
        UnifiedDiff.Write(writer, "dir/Dockerfile", before, after, before, after);
        return writer.ToString();
    }

    [Fact]
    public void HunksHaveThreeLinesOfContextAndMergeWhenTheyTouch()
    {
        var before = string.Join("", Enumerable.Range(1, 20).Select(i => $"l{i}\n"));
        var after = before.Replace("l2\n", "L2\n").Replace("l6\n", "l6\nnew\n").Replace("l18\n", "");
        Assert.Equal(
            "diff --git a/dir/Dockerfile b/dir/Dockerfile\n--- a/dir/Dockerfile\n+++ b/dir/Dockerfile\n" +
            "@@ -1,9 +1,10 @@\n l1\n-l2\n+L2\n l3\n l4\n l5\n l6\n+new\n l7\n l8\n l9\n" +
            "@@ -15,6 +16,5 @@\n l15\n l16\n l17\n-l18\n l19\n l20\n",
            Diff(before, after));
    }

    [Fact]
    public void AMissingFinalNewlineIsMarkedAndCrlfIsNotShownAsAChange()
    {
        Assert.Equal(
            "diff --git a/dir/Dockerfile b/dir/Dockerfile\n--- a/dir/Dockerfile\n+++ b/dir/Dockerfile\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+B\n\\ No newline at end of file\n",
            Diff("a\r\nb", "a\r\nB"));
    }

    [Fact]
    public void NoChangeWritesNothing() => Assert.Equal("", Diff("a\n", "a\n"));

    [Fact]
    public void SecretsOnLinesTheFixDidNotTouchAreMasked()
    {
        const string before = "FROM alpine:3.21\nENV GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789\nADD app.py /app/\n";
        IReadOnlyList<Model.Finding> Lint(string t) => RuleFixTests.Lint(t, "Dockerfile");
        var outcome = FileFixer.Fix(before, t => Lint(t).Where(f => f.RuleId == "CL1032").ToList());
        var withSecretFindings = outcome with { OriginalFindings = Lint(outcome.Original), FixedFindings = Lint(outcome.Fixed) };
        var writer = new StringWriter();
        UnifiedDiff.Write(writer, "Dockerfile", withSecretFindings, []);
        var diff = writer.ToString();
        Assert.Contains("-ADD app.py /app/\n+COPY app.py /app/\n", diff);
        Assert.Contains(" ENV GITHUB_TOKEN=*", diff);
        Assert.DoesNotContain("ghp_abcdefgh", diff);
    }
}
