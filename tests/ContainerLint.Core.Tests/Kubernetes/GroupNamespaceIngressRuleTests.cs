namespace ContainerLint.Core.Tests.Kubernetes;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Model;

/// <summary>Root group (CL2123), hostUsers (CL2124), ephemeral-storage (CL2125), Namespace PSA labels (CL2126), Ingress TLS (CL2303).</summary>
public sealed class GroupNamespaceIngressRuleTests
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
          containers:
            - name: app
              image: registry.example.com/app:1.0
              resources:
                limits: {cpu: 500m, memory: 256Mi}
        """;

    [Theory]
    [InlineData("    runAsNonRoot: true", "    runAsNonRoot: true\n    runAsGroup: 0", "CL2123", "9:17-9:18")]
    [InlineData("    runAsNonRoot: true", "    runAsNonRoot: true\n    fsGroup: 0", "CL2123", "9:14-9:15")]
    [InlineData("    runAsNonRoot: true", "    runAsNonRoot: true\n    supplementalGroups: [1000, 0]", "CL2123", "9:32-9:33")]
    [InlineData("      resources:", "      securityContext:\n        runAsGroup: 0\n      resources:", "CL2123", "13:21-13:22")]
    [InlineData("    runAsNonRoot: true", "    runAsNonRoot: true\n    runAsGroup: 0\n    fsGroup: 0", "CL2123", "9:17-9:18,10:14-10:15")]
    [InlineData("    runAsNonRoot: true", "    runAsNonRoot: true\n    runAsGroup: 10001\n    fsGroup: 10001\n    supplementalGroups: [1000]", "CL2123", "")]
    [InlineData("    runAsNonRoot: true", "    runAsNonRoot: true\n    runAsGroup: 0", "CL2123", "", "  hostUsers: false\n")]
    [InlineData("", "", "CL2124", "7:3-7:18")]
    [InlineData("  containers:", "  hostUsers: true\n  containers:", "CL2124", "9:14-9:18")]
    [InlineData("  containers:", "  hostUsers: false\n  containers:", "CL2124", "")]
    [InlineData("  containers:", "  os: {name: windows}\n  containers:", "CL2124", "")]
    [InlineData("", "", "CL2125", "13:9-13:15")]
    [InlineData("memory: 256Mi}", "memory: 256Mi, ephemeral-storage: 1Gi}", "CL2125", "")]
    public void WorkloadRulesFireAtTheExactPlace(string find, string replace, string ruleId, string spans, string podPrefix = "")
    {
        var pod = find.Length == 0 ? Pod : Pod.Replace(find, replace, StringComparison.Ordinal);
        if (podPrefix.Length > 0) pod = pod.Replace("spec:\n", "spec:\n" + podPrefix, StringComparison.Ordinal);
        Assert.True(find.Length == 0 || pod != Pod);
        var actual = KubeLint.Run(pod, Policies.All).Where(f => f.RuleId == ruleId).Select(f => Format(f.Span));
        Assert.Equal(spans, string.Join(",", actual));
    }

    [Theory]
    [InlineData("CL2124")]
    [InlineData("CL2125")]
    public void OffByDefault(string ruleId)
    {
        Assert.DoesNotContain(KubeLint.Run(Pod, Policies.Recommended), f => f.RuleId == ruleId);
    }

    [Theory]
    [InlineData("metadata:\n  name: shop\n", "CL2126", "4:9-4:13")]
    [InlineData("metadata:\n  name: shop\n  labels:\n    team: a\n", "CL2126", "5:3-5:9")]
    [InlineData("metadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/enforce: privileged\n", "CL2126", "6:41-6:51")]
    [InlineData("metadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n", "CL2126", "")]
    [InlineData("metadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/enforce: baseline\n", "CL2126", "")]
    public void NamespacesMustEnforcePodSecurity(string metadata, string ruleId, string spans)
    {
        var findings = KubeLint.Run("apiVersion: v1\nkind: Namespace\n" + metadata, Policies.Recommended);
        Assert.Equal(spans, string.Join(",", findings.Where(f => f.RuleId == ruleId).Select(f => Format(f.Span))));
        Assert.All(findings.Where(f => f.RuleId == ruleId), f => Assert.Equal("Namespace/-/shop", f.Object));
    }

    [Theory]
    [InlineData("spec:\n  rules:\n    - host: shop.example.com\n", "4:9-4:12")]
    [InlineData("spec:\n  tls: []\n  rules:\n    - host: shop.example.com\n", "7:3-7:6")]
    [InlineData("spec:\n  tls:\n    - hosts: [shop.example.com]\n      secretName: shop-tls\n", "")]
    public void IngressesServeTls(string spec, string spans)
    {
        var findings = KubeLint.Run("apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n  namespace: shop\n" + spec, Policies.Recommended);
        Assert.Equal(spans, string.Join(",", findings.Where(f => f.RuleId == "CL2303").Select(f => Format(f.Span))));
    }

    private static string Format(SourceSpan s) => $"{s.Line}:{s.Column}-{s.EndLine}:{s.EndColumn}";
}
