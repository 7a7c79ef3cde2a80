namespace ContainerLint.Hardening.Tests;

using ContainerLint.Core.Engine;
using ContainerLint.Core.Text;

/// <summary>
/// Issue #15, defect 4: nested <c>$( … )</c> around megabytes of text. Every level used to copy the text
/// inside it (199 levels around 5 MB: 27 s and 5.5 GB); words now keep offsets into the RUN, and levels past
/// eight are kept as text, so what rules read per level stays bounded.
/// </summary>
public sealed class ShellNestingTests
{
    private static readonly string FiveMegabytes = string.Concat(Enumerable.Repeat(new string('x', 100) + " \\\n", 50_000));

    public static TheoryData<string, string> Nested() => new()
    {
        { "199 $( … ) around 5 MB (the issue's)", string.Concat(Enumerable.Repeat("$(echo ", 199)) + FiveMegabytes + new string(')', 199) },
        { "199 backticks inside $( … )", string.Concat(Enumerable.Repeat("$(echo `echo ", 99)) + FiveMegabytes + string.Concat(Enumerable.Repeat("`)", 99)) },
        { "quoted substitutions", string.Concat(Enumerable.Repeat("\"$(echo ", 150)) + FiveMegabytes + string.Concat(Enumerable.Repeat(")\"", 150)) },
        { "process substitutions", string.Concat(Enumerable.Repeat("<(cat ", 150)) + FiveMegabytes + new string(')', 150) },
        { "unclosed", string.Concat(Enumerable.Repeat("$(echo ", 5_000)) + FiveMegabytes + "end" },
    };

    [Theory]
    [MemberData(nameof(Nested))]
    public void DeepSubstitutionsAroundMegabytesAreLintedInBoundedTimeAndMemory(string name, string run)
    {
        var text = "FROM alpine:3.20\nRUN echo " + run + "\nRUN curl -u admin:s3cretpw https://example.com/x -o /tmp/x\nUSER root\n";
        var result = Guard.Bounded(() => Lint.Text("Dockerfile", text), seconds: 15, allocatedMegabytes: 6_000);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == DiagnosticIds.InternalError);
        Assert.True(result.Findings.Any(f => f.RuleId == "CL1006") && result.Findings.Any(f => f.RuleId == "CL1011"), name);
        var source = new SourceText(text);
        foreach (var f in result.Findings) Assert.True(Lint.SpanProblem(f, source) is null, Lint.SpanProblem(f, source));
    }
}
