namespace ContainerLint.Core.Tests.Kubernetes;

using ContainerLint.Core.Configuration;

/// <summary>A restricted check that replaces a baseline one is not reported again where the baseline one already is.</summary>
public sealed class SupersededTests
{
    private const string Pod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: app
          namespace: shop
        spec:
          securityContext:
            runAsNonRoot: true
            seccompProfile:
              type: RuntimeDefault
          containers:
            - name: app
              image: registry.example.com/app:1.0
              securityContext:
                allowPrivilegeEscalation: false
                capabilities:
                  drop: [ALL]
        """;

    [Theory]
    [InlineData("  containers:", "  volumes:\n    - name: d\n      hostPath:\n        path: /data\n  containers:", "CL2003", "CL2013")]
    [InlineData("          drop: [ALL]", "          drop: [ALL]\n          add: [SYS_ADMIN]", "CL2005", "CL2018")]
    [InlineData("      type: RuntimeDefault", "      type: Unconfined", "CL2009", "CL2017")]
    [InlineData("        allowPrivilegeEscalation: false", "        allowPrivilegeEscalation: false\n        procMount: Unmasked", "CL2008", "CL2019")]
    public void OnlyTheBaselineFindingIsKeptWhenBothRun(string find, string replace, string baseline, string restricted)
    {
        var pod = Pod.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Pod, pod);
        foreach (var policy in new[] { Policies.Recommended, Policies.All })
        {
            var ids = KubeLint.Run(pod, policy).Select(f => f.RuleId).ToList();
            Assert.Contains(baseline, ids);
            Assert.DoesNotContain(restricted, ids);
        }

        var onlyRestricted = KubeLint.Run(pod, Policies.PssRestricted).Select(f => f.RuleId).ToList();
        Assert.Contains(restricted, onlyRestricted);
        Assert.DoesNotContain(baseline, onlyRestricted);

        var disabled = KubeLint.Run(pod, Policies.Recommended, configuration: LintConfiguration.Default with { Disabled = new HashSet<string> { baseline } });
        Assert.Contains(disabled, f => f.RuleId == restricted);
    }

    [Fact]
    public void ARestrictedFindingElsewhereIsKept()
    {
        // CHOWN is among the baseline default capabilities, so only the restricted check reports it.
        var pod = Pod.Replace("          drop: [ALL]", "          drop: [ALL]\n          add: [CHOWN]", StringComparison.Ordinal);
        var ids = KubeLint.Run(pod, Policies.Recommended).Select(f => f.RuleId).ToList();
        Assert.Contains("CL2018", ids);
        Assert.DoesNotContain("CL2005", ids);
    }
}
