namespace ContainerLint.Core.Tests.Suppressions;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>Issue #14: an ignore naming no rule was accepted silently (while <c>--disable CL9999</c> is refused).</summary>
public sealed class UnknownRuleIdTests
{
    private static readonly LintEngine Engine = LintEngine.CreateDefault();

    private static IReadOnlyList<Finding> Run(string path, FileKind kind, string text) =>
        Engine.Lint(new LintInput(path, new SourceText(text)), kind, LintConfiguration.Default with { Policy = Policies.All }).Findings;

    public static TheoryData<string, FileKind, string, int> Inputs() => new()
    {
        { "Dockerfile", FileKind.Dockerfile, "FROM alpine:3.20\n# containerlint ignore=CL9999,CL1010 -- typo\nUSER root\n", 2 },
        { "Dockerfile", FileKind.Dockerfile, "# containerlint ignore-file=CL0042\nFROM alpine:3.20\n", 1 },
        { "pod.yaml", FileKind.Kubernetes, "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  # containerlint ignore=CL9999\n  hostNetwork: true\n  containers: [{name: c, image: x}]\n", 6 },
        { "pod.yaml", FileKind.Kubernetes, "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  annotations:\n    containerlint.io/ignore: \"CL9999 -- typo\"\nspec:\n  containers: [{name: c, image: x}]\n", 6 },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void AnIgnoreOfAnUnknownIdIsReported(string path, FileKind kind, string text, int line)
    {
        var findings = Run(path, kind, text);
        var malformed = Assert.Single(findings, f => f.RuleId == DiagnosticIds.MalformedSuppression);
        Assert.Equal(line, malformed.Span.Line);
        Assert.Contains("unknown rule id 'CL", malformed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.RuleId == DiagnosticIds.UnusedSuppression && f.Message.Contains("CL9999", StringComparison.Ordinal));
    }

    [Fact]
    public void KnownIdsInTheSameCommentStillWork()
    {
        var findings = Run("Dockerfile", FileKind.Dockerfile, "FROM alpine:3.20\n# containerlint ignore=CL9999,CL1011 -- root on purpose\nUSER root\n");
        Assert.Contains(findings, f => f.RuleId == "CL1011" && f.Suppressed);
    }
}
