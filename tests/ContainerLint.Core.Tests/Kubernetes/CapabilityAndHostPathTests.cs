namespace ContainerLint.Core.Tests.Kubernetes;

using ContainerLint.Core.Configuration;

/// <summary>
/// Issue #13, classes 8 and 9: runtime-level rules judge what the runtime does, the PSS check stays the admission
/// controller's, one concern on one spot is reported once, and a host path is judged by what it really exposes.
/// </summary>
public sealed class CapabilityAndHostPathTests
{
    private static string Pod(string securityContext, string extra = "") => $"""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          namespace: shop
        spec:
          containers:
            - name: web
              image: registry.example.com/web:1.0
        {securityContext}{extra}
        """;

    private static string Capabilities(string body) => "      securityContext:\n        capabilities:\n" + body;

    [Fact]
    public void LowerCaseAllDropsNetRawAtRunTimeButFailsTheAdmissionCheckWhichSaysWhy()
    {
        var text = Pod(Capabilities("          drop: [{|CL2018:all|}]\n"));
        var plain = text.Replace("{|CL2018:", "", StringComparison.Ordinal).Replace("|}", "", StringComparison.Ordinal);
        KubeLint.Verify("CL2018", text);
        Assert.Empty(KubeLint.Findings("CL2116", plain));
        var message = Assert.Single(KubeLint.Findings("CL2018", plain)).Message;
        Assert.Contains("drops 'all'", message);
        Assert.Contains("capitals", message);
    }

    [Theory]
    [InlineData("          drop: [ALL]\n")]
    [InlineData("          drop: [NET_RAW]\n")]
    [InlineData("          drop: [net_raw, chown]\n")]
    public void NetRawDroppedInAnyCaseIsNotReported(string capabilities) =>
        Assert.Empty(KubeLint.Findings("CL2116", Pod(Capabilities(capabilities)), Policies.All, LintConfiguration.Default with { Disabled = new HashSet<string> { "CL2018" } }));

    [Theory]
    [InlineData("          add: [net_raw]\n          drop: [ALL]\n")]
    [InlineData("          add: [All]\n")]
    public void NetRawAddedInAnyCaseIsReported(string capabilities)
    {
        var configuration = LintConfiguration.Default with { Disabled = new HashSet<string> { "CL2018", "CL2005" } };
        Assert.Single(KubeLint.Findings("CL2116", Pod(Capabilities(capabilities)), Policies.All, configuration));
    }

    [Theory]
    // No drop list: the restricted check and the NET_RAW rule point at the same key; only the restricted one speaks.
    [InlineData("      securityContext:\n        readOnlyRootFilesystem: true\n", "CL2018")]
    [InlineData("      securityContext:\n        capabilities:\n          drop: [CHOWN]\n", "CL2018")]
    // An added NET_RAW is the baseline check's finding (CL2005); the restricted check and CL2116 say nothing more there.
    [InlineData("      securityContext:\n        capabilities:\n          add: [NET_RAW]\n          drop: [ALL]\n", "CL2005")]
    public void OneCapabilityConcernOnOneSpotIsReportedOnce(string securityContext, string expected)
    {
        var findings = KubeLint.Run(Pod(securityContext), Policies.Recommended).Where(f => f.RuleId is "CL2005" or "CL2018" or "CL2116").ToList();
        var hit = Assert.Single(findings);
        Assert.Equal(expected, hit.RuleId);
    }

    [Fact]
    public void WithTheRestrictedCheckTurnedOffTheNetRawRuleStillReports()
    {
        var configuration = LintConfiguration.Default with { Disabled = new HashSet<string> { "CL2018" } };
        var hit = Assert.Single(KubeLint.Findings("CL2116", Pod("      securityContext:\n        readOnlyRootFilesystem: true\n"), Policies.Recommended, configuration));
        Assert.Contains("does not drop it", hit.Message);
    }

    private static string HostPathPod(string path, string mounts) => Pod(
        "      volumeMounts:\n" + mounts,
        $"  volumes:\n    - name: host\n      hostPath:\n        path: {path}\n");

    private const string ReadOnlyMount = "        - name: host\n          mountPath: /host\n          readOnly: true\n";
    private const string WritableMount = "        - name: host\n          mountPath: /host\n";

    [Theory]
    [InlineData("/etc/ssl/certs")]
    [InlineData("/etc/ssl/certs/ca-certificates.crt")]
    [InlineData("/etc/pki/tls/certs/ca-bundle.crt")]
    [InlineData("/etc/localtime")]
    public void ReadOnlyPublicContentIsAHostPathWarningNotASensitivePathError(string path)
    {
        var findings = KubeLint.Run(HostPathPod(path, ReadOnlyMount), Policies.Recommended);
        Assert.DoesNotContain(findings, f => f.RuleId == "CL2115");
        Assert.Single(findings, f => f.RuleId == "CL2003");
    }

    [Theory]
    [InlineData("/etc/ssl/certs", WritableMount, "writable, exposing the node's trusted CA certificates")]
    [InlineData("/etc/ssl/certs", ReadOnlyMount + "        - name: host\n          mountPath: /other\n          readOnly: false\n", "writable, exposing the node's trusted CA certificates")]
    [InlineData("/etc/ssl", ReadOnlyMount, "read-only, exposing the node's configuration")]
    [InlineData("/etc", ReadOnlyMount, "read-only, exposing the node's configuration")]
    [InlineData("/var/lib/kubelet/pods", WritableMount, "writable, exposing the kubelet's credentials")]
    [InlineData("/root/.kube/config", ReadOnlyMount, "read-only, exposing a kubeconfig")]
    [InlineData("/var/lib/kubernetes/cluster.kubeconfig", ReadOnlyMount, "read-only, exposing a kubeconfig")]
    public void SensitivePathsSayWhatIsExposedAndAreReportedOnce(string path, string mounts, string expected)
    {
        var findings = KubeLint.Run(HostPathPod(path, mounts), Policies.Recommended);
        var hit = Assert.Single(findings, f => f.RuleId == "CL2115");
        Assert.Contains(expected, hit.Message);
        Assert.DoesNotContain(findings, f => f.RuleId is "CL2003" or "CL2013");
    }

    [Fact]
    public void TheRuntimeSocketIsReportedOnceByItsOwnRule()
    {
        var findings = KubeLint.Run(HostPathPod("/var/run/docker.sock", WritableMount), Policies.Recommended);
        Assert.Single(findings, f => f.RuleId == "CL2114");
        Assert.DoesNotContain(findings, f => f.RuleId is "CL2003" or "CL2013" or "CL2115");
    }

    [Theory]
    [InlineData(Policies.PssBaseline, "CL2003")]
    [InlineData(Policies.PssRestricted, "CL2013")]
    public void ThePodSecurityPoliciesStillReportEveryHostPath(string policy, string ruleId)
    {
        foreach (var path in new[] { "/etc", "/var/run/docker.sock", "/etc/ssl/certs" })
        {
            Assert.Single(KubeLint.Findings(ruleId, HostPathPod(path, ReadOnlyMount), policy));
        }
    }

    [Fact]
    public void TurningTheSpecificRuleOffHandsTheMountBackToTheGenericOne()
    {
        var configuration = LintConfiguration.Default with { Disabled = new HashSet<string> { "CL2115" } };
        Assert.Single(KubeLint.Findings("CL2003", HostPathPod("/etc", WritableMount), Policies.Recommended, configuration));
    }
}
