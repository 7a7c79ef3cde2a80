namespace ContainerLint.Core.Tests.Kubernetes;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;

/// <summary>
/// The Pod Security Standards fixtures of the reference implementation (v1.37), as Pods, wrapped in every controller kind
/// and in the custom resources that carry a pod template (issue #16: every pod rule applies to them).
/// </summary>
public sealed class PssConformanceTests
{
    public static TheoryData<string, string, string, string, string, string> Fixtures()
    {
        var index = RepoPaths.DataFile("pss", "index.tsv");
        var data = new TheoryData<string, string, string, string, string, string>();
        foreach (var line in File.ReadLines(index).Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var f = line.Split('\t');
            foreach (var kind in KubeLint.PodKinds.Concat(KubeLint.CustomResourcePodKinds)) data.Add(f[0], f[1], f[2], f[4], f[5], kind);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void VerdictMatchesTheReference(string file, string level, string expect, string effectiveCheck, string reason, string wrapper)
    {
        var pod = File.ReadAllText(RepoPaths.DataFile("pss", file));
        var policy = level == "baseline" ? Policies.PssBaseline : Policies.PssRestricted;
        var findings = KubeLint.Run(KubeLint.Wrap(pod, wrapper), policy);
        Assert.DoesNotContain(findings, f => f.RuleId.StartsWith("CL0", StringComparison.Ordinal));
        if (expect == "pass")
        {
            Assert.True(findings.Count == 0, $"{file} as {wrapper}: expected no finding, got " + string.Join("; ", findings.Select(f => f.RuleId + " " + f.Message)));
            return;
        }

        var matching = findings.Where(f => RuleCatalog.Default.Find(f.RuleId)?.Pss?.Check == effectiveCheck).ToList();
        Assert.True(matching.Count > 0, $"{file} as {wrapper}: no {effectiveCheck} finding among " + string.Join("; ", findings.Select(f => f.RuleId + " " + f.Message)));
        Assert.Contains(matching, f => f.Message.Contains(reason, StringComparison.Ordinal));
        Assert.All(matching, f => Assert.StartsWith(wrapper + "/", f.Object));
    }

    [Fact]
    public void EveryReferenceCheckHasExactlyOneRule()
    {
        string[] checks =
        [
            "privileged", "hostNamespaces", "hostPathVolumes", "hostPorts", "capabilities_baseline", "appArmorProfile", "seLinuxOptions",
            "procMount", "seccompProfile_baseline", "sysctls", "windowsHostProcess", "hostProbesAndHostLifecycle", "restrictedVolumes",
            "allowPrivilegeEscalation", "runAsNonRoot", "runAsUser", "seccompProfile_restricted", "capabilities_restricted", "procMount_restricted",
        ];
        foreach (var check in checks)
        {
            Assert.Single(RuleCatalog.Default.Rules, r => r.Pss?.Check == check);
        }
    }
}
