namespace ContainerLint.Core.Tests.CrossFile;

using System.Text;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.CrossFile;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;

/// <summary>
/// Issue #12: one resolver turns hits into findings for both passes, and the cross-file rules are the engine's, injected
/// like its front ends. A cross-file hit is resolved through the file it lands in exactly as a per-file hit is: severity
/// from that file's configuration, its inline ignores, and CL0007 when such an ignore silences nothing.
/// </summary>
public sealed class FindingResolverTests
{
    private const string Pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: x\nspec:\n  containers:\n    - name: app\n      image: r.example/app:1.0\n";

    /// <summary>A cross-file rule that reports line 2 of every manifest (the id of CL5003, so the catalog knows it).</summary>
    private sealed class EveryManifest : CrossFileRule
    {
        public override RuleMetadata Descriptor => RuleCatalog.Default.Get("CL5003");

        public override IEnumerable<CrossFileHit> Check(CrossFileSet set) =>
            set.OfType<KubernetesFacts>().Select(f => new CrossFileHit(f, new RuleHit(new SourceSpan(2, 1, 2, 5), "app", "80", "Dockerfile", "443")));
    }

    private static IReadOnlyList<FileResult> Run(LintEngine engine, LintConfiguration configuration, string manifest)
    {
        var runner = new LintRunner(engine, _ => configuration);
        return runner.Run([new LintTarget(null, "pod.yaml", ExplicitlyGiven: true) { Content = Encoding.UTF8.GetBytes(manifest) }]);
    }

    private static LintEngine Engine(params CrossFileRule[] rules) => new(RuleCatalog.Default, BuiltInFrontEnds.All, rules);

    [Fact]
    public void TheEngineRunsTheCrossFileRulesItIsGivenAndNoOthers()
    {
        var configuration = LintConfiguration.Default with { Policy = Policies.All };
        Assert.Contains(Run(Engine(new EveryManifest()), configuration, Pod)[0].Findings, f => f.RuleId == "CL5003" && f.Span.Line == 2);
        Assert.DoesNotContain(Run(Engine(), configuration, Pod)[0].Findings, f => f.RuleId.StartsWith("CL5", StringComparison.Ordinal));
    }

    [Fact]
    public void ACrossFileHitTakesTheSeverityOfTheFileItLandsIn()
    {
        var configuration = LintConfiguration.Default with
        {
            Policy = Policies.All,
            SeverityOverrides = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase) { ["CL5003"] = Severity.Error },
        };
        var finding = Assert.Single(Run(Engine(new EveryManifest()), configuration, Pod)[0].Findings, f => f.RuleId == "CL5003");
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void AnInlineIgnoreSilencesACrossFileHitAndAnUnusedOneIsReported()
    {
        var configuration = LintConfiguration.Default with { Policy = Policies.All };
        var ignored = "# containerlint ignore=CL5003 -- joined elsewhere\n" + Pod;
        var findings = Run(Engine(new EveryManifest()), configuration, ignored)[0].Findings;
        Assert.Contains(findings, f => f.RuleId == "CL5003" && f.Suppressed);
        Assert.DoesNotContain(findings, f => f.RuleId == DiagnosticIds.UnusedSuppression);

        // The same ignore where no cross-file hit lands (the built-in CL5003 finds no Dockerfile to join): reported unused
        // once, by the cross-file pass; the per-file pass leaves cross-file rules' ignores to it.
        var stale = Assert.Single(Run(LintEngine.CreateDefault(), configuration, ignored)[0].Findings, f => f.RuleId == DiagnosticIds.UnusedSuppression);
        Assert.Equal(1, stale.Span.Line);
    }
}
