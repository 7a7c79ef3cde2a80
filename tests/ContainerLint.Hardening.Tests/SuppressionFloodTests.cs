namespace ContainerLint.Hardening.Tests;

using System.Text;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;

/// <summary>
/// Issue #15, defect 6 (suppressions): every finding was checked against every suppression, and the YAML
/// comment scanner re-read a whole run of comment lines for each comment in it (20,000 ignore comments: over
/// 60 s). Both are linear now; these floods must lint in seconds and suppress exactly what they name.
/// </summary>
public sealed class SuppressionFloodTests
{
    private static string Pod(int i) => $"---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p{i}\n  namespace: x\nspec:\n  containers:\n    - name: c\n      image: r.example/c:1@sha256:{new string('a', 64)}\n      securityContext:\n        # containerlint ignore=CL2001 -- test {i}\n        privileged: true\n";

    [Fact]
    public void TwentyThousandIgnoresEachSilencingItsOwnFinding()
    {
        var sb = new StringBuilder("FROM alpine:3.20\n");
        for (var i = 0; i < 20_000; i++) sb.Append("# containerlint ignore=CL1030 -- test\nRUN curl -k https://example.com/").Append(i).Append(" -o /tmp/x\n");
        var result = Guard.Bounded(() => Lint.Text("Dockerfile", sb.ToString(), Policies.All), seconds: 20, allocatedMegabytes: 3_000);
        var tls = result.Findings.Where(f => f.RuleId == "CL1030").ToList();
        Assert.Equal(20_000, tls.Count);
        Assert.All(tls, f => Assert.True(f.Suppressed));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == DiagnosticIds.UnusedSuppression);
    }

    [Fact]
    public void TwentyThousandCommentLinesInOneRunAboveAField()
    {
        var sb = new StringBuilder("apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  namespace: x\nspec:\n  containers:\n    - name: c\n      image: r.example/c:1\n      securityContext:\n");
        for (var i = 0; i < 20_000; i++) sb.Append("        # containerlint ignore=CL2001 -- reason ").Append(i).Append('\n');
        sb.Append("        privileged: true\n");
        var result = Guard.Bounded(() => Lint.Text("pod.yaml", sb.ToString(), Policies.PssBaseline), seconds: 15);
        Assert.True(Assert.Single(result.Findings, f => f.RuleId == "CL2001").Suppressed);

        // The first comment silences it; the 19,999 others repeat it and are reported as unused.
        Assert.Equal(19_999, result.Findings.Count(f => f.RuleId == DiagnosticIds.UnusedSuppression));
    }

    [Fact]
    public void FiveThousandPodsEachWithItsOwnIgnore()
    {
        var text = string.Concat(Enumerable.Range(0, 5_000).Select(Pod));
        var result = Guard.Bounded(() => Lint.Text("pods.yaml", text, Policies.PssBaseline), seconds: 20, allocatedMegabytes: 3_000);
        var privileged = result.Findings.Where(f => f.RuleId == "CL2001").ToList();
        Assert.Equal(5_000, privileged.Count);
        Assert.All(privileged, f => Assert.True(f.Suppressed));
    }

    [Fact]
    public void TwentyThousandUnknownIdsAreEachReportedOnce()
    {
        var sb = new StringBuilder("FROM alpine:3.20\n");
        for (var i = 0; i < 20_000; i++) sb.Append("# containerlint ignore=CL9").Append((i % 900) + 100).Append(" -- typo\nRUN true\n");
        var result = Guard.Bounded(() => Lint.Text("Dockerfile", sb.ToString()), seconds: 15);
        Assert.Equal(20_000, result.Findings.Count(f => f.RuleId == DiagnosticIds.MalformedSuppression));
    }
}
