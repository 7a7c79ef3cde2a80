namespace ContainerLint.Core.Tests.Kubernetes;

using ContainerLint.Core.Configuration;

/// <summary>Issue #16, item 3: the union-table rows K4, K18, K32, K35, R2 and R13 (K37 is in CommittedCredentialTests).</summary>
public sealed class UnionRowRuleTests
{
    private static string Pod(string podFields, string containerFields, string metadata = "") =>
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: shop\n" + metadata + "spec:\n" + podFields +
        "  containers:\n    - name: app\n      image: r.example/app:1.0\n" + containerFields;

    [Theory]
    [InlineData("  securityContext:\n    runAsUser: {|CL2131:1000|}\n    runAsGroup: {|CL2131:999|}\n", "")]
    [InlineData("", "      securityContext:\n        runAsUser: {|CL2131:65|}\n")]
    // 10000 and up, 0 (the root rules' finding) and unset are not reported.
    [InlineData("  securityContext:\n    runAsUser: 10001\n    runAsGroup: 0\n", "      securityContext:\n        runAsUser: 65532\n")]
    // A user-namespace pod's IDs are not the node's.
    [InlineData("  hostUsers: false\n  securityContext:\n    runAsUser: 1000\n", "")]
    public void K4LowIdsAreReportedWhereTheyAreSet(string pod, string container) => KubeLint.Verify("CL2131", Pod(pod, container));

    [Theory]
    [InlineData("", "", "")]
    [InlineData("  securityContext:\n    appArmorProfile: {type: RuntimeDefault}\n", "", "")]
    [InlineData("", "      securityContext:\n        appArmorProfile: {type: Localhost, localhostProfile: k8s-app}\n", "")]
    [InlineData("", "", "  annotations:\n    container.apparmor.security.beta.kubernetes.io/app: runtime/default\n")]
    public void K18AnAppArmorProfileChosenAnywhereCounts(string pod, string container, string metadata)
    {
        var text = Pod(pod, container, metadata);
        var expected = pod.Length + container.Length + metadata.Length == 0 ? 1 : 0;
        Assert.Equal(expected, KubeLint.Findings("CL2132", text).Length);
    }

    [Fact]
    public void K18NoProfileIsReportedOnTheContainer() =>
        KubeLint.Verify("CL2132", Pod("", "      {|CL2132:securityContext|}:\n        readOnlyRootFilesystem: true\n"));

    [Theory]
    [InlineData("      ports:\n        - {name: http, containerPort: 8080}\n      livenessProbe:\n        httpGet: {path: /, port: {|CL2133:metrics|}}\n      readinessProbe:\n        tcpSocket: {port: http}\n")]
    [InlineData("      startupProbe:\n        grpc: {port: {|CL2133:grpc|}}\n")]
    // Numbers need no declaration; a named port that is declared resolves.
    [InlineData("      ports:\n        - {name: http, containerPort: 8080}\n      livenessProbe:\n        httpGet: {path: /, port: 9090}\n      readinessProbe:\n        httpGet: {path: /, port: http}\n")]
    // A quoted number is a name to the API server; it is not declared here.
    [InlineData("      livenessProbe:\n        httpGet: {path: /, port: {|CL2133:\"8080\"|}}\n")]
    public void K32AProbeOnAnUndeclaredPortNameIsReported(string container) => KubeLint.Verify("CL2133", Pod("", container));

    [Theory]
    [InlineData("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: {|CL2134:kube-system|}\nspec:\n  template:\n    spec:\n      containers:\n        - {name: a, image: r.example/a:1}\n        - {name: b, image: r.example/b:1}\n")]
    [InlineData("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: kube-public\nspec:\n  template:\n    spec:\n      containers:\n        - {name: a, image: r.example/a:1}\n")]
    // Not a pod: a ConfigMap or a Role in kube-system is configuration of the namespace, not a workload in it.
    [InlineData("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: kube-system\n")]
    public void K35AWorkloadInKubeSystemIsReportedOncePerObject(string text) => KubeLint.Verify("CL2134", text);

    [Fact]
    public void K35AndK4AreOffInTheDefaultPolicy()
    {
        var text = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: kube-system\nspec:\n  securityContext: {runAsUser: 1000}\n  containers:\n    - {name: a, image: r.example/a:1}\n";
        Assert.DoesNotContain(KubeLint.Run(text, Policies.Recommended), f => f.RuleId is "CL2131" or "CL2132" or "CL2134");
        Assert.Equal(3, KubeLint.Run(text, Policies.All).Count(f => f.RuleId is "CL2131" or "CL2132" or "CL2134"));
    }

    private const string Role = "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: r\nrules:\n";

    [Theory]
    [InlineData("  - apiGroups: [\"\"]\n    resources: [configmaps, {|CL2213:secrets|}]\n    verbs: [get, create, update]\n")]
    [InlineData("  - apiGroups: [\"\"]\n    resources: [{|CL2213:secrets|}]\n    verbs: [delete]\n")]
    // Named Secrets only (create cannot be limited by name, so with resourceNames it is not granted at all), read-only,
    // another group's secrets, and * (CL2201's) are not reported.
    [InlineData("  - apiGroups: [\"\"]\n    resources: [secrets]\n    resourceNames: [webhook-certs]\n    verbs: [get, create, update]\n")]
    [InlineData("  - apiGroups: [\"\"]\n    resources: [secrets]\n    verbs: [get, list, watch]\n")]
    [InlineData("  - apiGroups: [external-secrets.io]\n    resources: [secrets]\n    verbs: [create]\n")]
    [InlineData("  - apiGroups: [\"\"]\n    resources: [secrets]\n    verbs: [\"*\"]\n")]
    public void R2WriteAccessToAllSecretsIsReported(string rules) => KubeLint.Verify("CL2213", Role + rules);

    [Fact]
    public void R2TheMessageNamesTheWriteVerbs() =>
        Assert.Equal("ClusterRole 'r' grants create and patch on all Secrets; limit it with resourceNames to the Secrets it manages.",
            Assert.Single(KubeLint.Findings("CL2213", Role + "  - apiGroups: [\"\"]\n    resources: [secrets]\n    verbs: [get, create, patch]\n")).Message);

    [Theory]
    [InlineData("  - apiGroups: [\"\"]\n    resources: [{|CL2214:pods/portforward|}, {|CL2214:pods/ephemeralcontainers|}]\n    verbs: [create, patch]\n")]
    [InlineData("  - apiGroups: [\"\"]\n    resources: [{|CL2214:services/status|}, {|CL2214:namespaces|}]\n    verbs: [get, update]\n")]
    [InlineData("  - apiGroups: [admissionregistration.k8s.io]\n    resources: [{|CL2214:validatingadmissionpolicies|}]\n    verbs: [delete]\n")]
    [InlineData("  - apiGroups: [\"\"]\n    resources: [{|CL2214:configmaps|}]\n    resourceNames: [aws-auth]\n    verbs: [get, patch]\n")]
    // Reading is not the risk; other ConfigMaps are configuration; exec and attach are CL2211's.
    [InlineData("  - apiGroups: [\"\"]\n    resources: [namespaces, services/status, pods/ephemeralcontainers]\n    verbs: [get, list, watch]\n")]
    [InlineData("  - apiGroups: [\"\"]\n    resources: [configmaps]\n    verbs: [update, patch]\n")]
    [InlineData("  - apiGroups: [\"\"]\n    resources: [pods/exec, pods/attach]\n    verbs: [create]\n")]
    public void R13SensitiveGrantsAreReportedOnTheResource(string rules) => KubeLint.Verify("CL2214", Role + rules);

    [Fact]
    public void R13TheMessageSaysWhatTheGrantReaches()
    {
        var hit = Assert.Single(KubeLint.Findings("CL2214", Role + "  - apiGroups: [\"\"]\n    resources: [services/status]\n    verbs: [patch]\n"));
        Assert.Contains("patch on services/status, which sets a Service's load-balancer address", hit.Message);
        Assert.Contains("CVE-2020-8554", hit.Message);
    }
}
