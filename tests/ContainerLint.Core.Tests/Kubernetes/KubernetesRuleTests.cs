namespace ContainerLint.Core.Tests.Kubernetes;

using System.Text;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Model;

public sealed class KubernetesRuleTests
{
    /// <summary>A fully hardened pod; each case adds or changes one thing.</summary>
    private const string Secure = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: app
          namespace: shop
        spec:
          serviceAccountName: app
          automountServiceAccountToken: false
          securityContext:
            runAsNonRoot: true
            seccompProfile:
              type: RuntimeDefault
          containers:
            - name: app
              image: registry.example.com/app:1.0
              securityContext:
                allowPrivilegeEscalation: false
                readOnlyRootFilesystem: true
                capabilities:
                  drop: [ALL]
              resources:
                limits: {cpu: 500m, memory: 256Mi}
                requests: {cpu: 100m, memory: 128Mi}
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: deny
          namespace: shop
        spec:
          podSelector: {}
        """;

    [Fact]
    public void TheSecurePodIsSilentUnderEveryPolicy()
    {
        foreach (var policy in new[] { Policies.Recommended, Policies.All, Policies.PssRestricted })
        {
            var findings = KubeLint.Run(Secure, policy).Where(f => policy != Policies.All || f.RuleId is not ("CL2107" or "CL2119" or "CL2122" or "CL2124" or "CL2125" or "CL2132")).ToList();
            Assert.True(findings.Count == 0, policy + ": " + string.Join("; ", findings.Select(f => f.RuleId + " " + f.Message)));
        }
    }

    [Theory]
    [InlineData("allowPrivilegeEscalation: false", "privileged: true", "CL2001", 17, 21, 17, 25)]
    [InlineData("readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false", "CL2101", 18, 33, 18, 38)]
    [InlineData("image: registry.example.com/app:1.0", "image: registry.example.com/app:latest", "CL2106", 15, 14, 15, 45)]
    [InlineData("image: registry.example.com/app:1.0", "image: registry.example.com/app", "CL2106", 15, 14, 15, 38)]
    [InlineData("drop: [ALL]", "drop: [NET_ADMIN]", "CL2018", 20, 11, 20, 15)]
    [InlineData("drop: [ALL]", "drop: [ALL]\n          add: [SYS_ADMIN]", "CL2005", 21, 17, 21, 26)]
    [InlineData("limits: {cpu: 500m, memory: 256Mi}", "limits: {cpu: 500m}", "CL2102", 22, 9, 22, 15)]
    [InlineData("limits: {cpu: 500m, memory: 256Mi}", "limits: {memory: 256Mi}", "CL2103", 22, 9, 22, 15)]
    [InlineData("requests: {cpu: 100m, memory: 128Mi}", "requests: {cpu: 100m}", "CL2104", 23, 9, 23, 17)]
    [InlineData("requests: {cpu: 100m, memory: 128Mi}", "requests: {memory: 1Mi}", "CL2105", 23, 9, 23, 17)]
    [InlineData("automountServiceAccountToken: false", "automountServiceAccountToken: true", "CL2109", 8, 33, 8, 37)]
    [InlineData("serviceAccountName: app", "serviceAccountName: default", "CL2110", 7, 23, 7, 30)]
    [InlineData("namespace: shop\nspec:", "namespace: default\nspec:", "CL2111", 5, 14, 5, 21)]
    [InlineData("      resources:", "      env:\n        - name: DB_PASSWORD\n          value: hunter2hunter2\n      resources:", "CL2112", 23, 18, 23, 32)]
    [InlineData("      resources:", "      env:\n        - name: GREETING\n          value: AKIAIOSFODNN7EXAMPLE\n      resources:", "CL2112", 23, 18, 23, 38)]
    [InlineData("      resources:", "      ports:\n        - containerPort: 22\n      resources:", "CL2121", 22, 26, 22, 28)]
    [InlineData("      resources:", "      ports:\n        - containerPort: 8080\n          hostPort: 8080\n      resources:", "CL2004", 23, 21, 23, 25)]
    [InlineData("      resources:", "      volumeMounts:\n        - name: d\n          mountPath: /d\n          mountPropagation: Bidirectional\n      resources:", "CL2117", 24, 29, 24, 42)]
    [InlineData("  containers:", "  hostAliases:\n    - ip: 10.0.0.1\n      hostnames: [x]\n  containers:", "CL2118", 13, 3, 13, 14)]
    [InlineData("  containers:", "  hostNetwork: true\n  containers:", "CL2002", 13, 16, 13, 20)]
    [InlineData("  containers:", "  volumes:\n    - name: d\n      hostPath:\n        path: /var/run/docker.sock\n  containers:", "CL2114", 16, 15, 16, 35)]
    [InlineData("  containers:", "  volumes:\n    - name: d\n      hostPath:\n        path: /etc\n  containers:", "CL2115", 16, 15, 16, 19)]
    [InlineData("  containers:", "  volumes:\n    - name: d\n      hostPath:\n        path: /data\n  containers:", "CL2003", 15, 7, 15, 15)]
    [InlineData("  containers:", "  volumes:\n    - name: d\n      nfs: {server: x, path: /}\n  containers:", "CL2013", 15, 7, 15, 10)]
    [InlineData("    runAsNonRoot: true", "    runAsNonRoot: true\n    runAsUser: 0", "CL2016", 11, 16, 11, 17)]
    [InlineData("    runAsNonRoot: true", "    runAsNonRoot: false", "CL2015", 10, 19, 10, 24)]
    [InlineData("      type: RuntimeDefault", "      type: Unconfined", "CL2009", 12, 13, 12, 23)]
    [InlineData("    runAsNonRoot: true", "    runAsNonRoot: true\n    sysctls:\n      - name: kernel.msgmax\n        value: '1'", "CL2010", 12, 15, 12, 28)]
    [InlineData("allowPrivilegeEscalation: false", "allowPrivilegeEscalation: true", "CL2014", 17, 35, 17, 39)]
    [InlineData("  seccompProfile:\n      type: RuntimeDefault", "  appArmorProfile:\n      type: Unconfined", "CL2006", 12, 13, 12, 23)]
    [InlineData("allowPrivilegeEscalation: false", "allowPrivilegeEscalation: false\n        procMount: Unmasked", "CL2008", 18, 20, 18, 28)]
    [InlineData("allowPrivilegeEscalation: false", "allowPrivilegeEscalation: false\n        seLinuxOptions: {type: spc_t}", "CL2007", 18, 32, 18, 37)]
    [InlineData("allowPrivilegeEscalation: false", "allowPrivilegeEscalation: false\n        windowsOptions: {hostProcess: true}", "CL2011", 18, 39, 18, 43)]
    [InlineData("      resources:", "      livenessProbe:\n        tcpSocket: {host: 10.0.0.1, port: 80}\n      resources:", "CL2012", 22, 27, 22, 35)]
    public void FiresAtTheExactSpan(string find, string replace, string ruleId, int line, int column, int endLine, int endColumn)
    {
        Assert.Contains(find, Secure);
        var findings = KubeLint.Run(Secure.Replace(find, replace, StringComparison.Ordinal));
        var hit = findings.First(f => f.RuleId == ruleId);
        Assert.True(new SourceSpan(line, column, endLine, endColumn) == hit.Span, "actual " + hit.Span);
        Assert.StartsWith("Pod/", hit.Object);
        Assert.DoesNotContain("hunter2", hit.Message);
        Assert.DoesNotContain("IOSFODNN7", hit.Message);
    }

    [Theory]
    [InlineData("image: registry.example.com/app:1.0", "image: evil.example/app:1.0", "CL2108", "registry.example.com")]
    [InlineData("image: registry.example.com/app:1.0", "image: registry.example.com/app:1.0", null, "registry.example.com")]
    public void UntrustedRegistryUsesTheConfiguredList(string find, string replace, string? ruleId, string trusted)
    {
        var config = LintConfiguration.Default with { TrustedRegistries = [trusted] };
        var findings = KubeLint.Run(Secure.Replace(find, replace, StringComparison.Ordinal), Policies.Recommended, configuration: config);
        Assert.Equal(ruleId is null ? 0 : 1, findings.Count(f => f.RuleId == "CL2108"));
    }

    [Fact]
    public void WithoutANetworkPolicyTheFileGetsOneNote()
    {
        // CL2302 is a cross-file rule: it runs in LintRunner's pass over every file of the set.
        Assert.Empty(KubeLint.Run(Secure[..Secure.IndexOf("---", StringComparison.Ordinal)], Policies.Recommended));
        var findings = CrossFile.SetLint.Run(("test.yaml", Secure[..Secure.IndexOf("---", StringComparison.Ordinal)])).Single().Findings;
        var hit = Assert.Single(findings);
        Assert.Equal("CL2302", hit.RuleId);
        Assert.Equal(new SourceSpan(2, 7, 2, 10), hit.Span);
    }

    private const string CronJob = """
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: nightly
          namespace: ops
        spec:
          schedule: "0 0 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  initContainers:
                    - name: setup
                      image: registry.example.com/setup:1.0
                      securityContext:
                        privileged: true
                  containers:
                    - name: main
                      image: registry.example.com/main:1.0
        """;

    [Fact]
    public void NestedCronJobInitContainerSpansAreExact()
    {
        var hit = Assert.Single(KubeLint.Run(CronJob, Policies.PssBaseline));
        Assert.Equal("CL2001", hit.RuleId);
        Assert.True(new SourceSpan(16, 29, 16, 33) == hit.Span, "actual " + hit.Span);
        Assert.Equal("CronJob/ops/nightly", hit.Object);
        Assert.Equal("setup", hit.Container);
    }

    [Fact]
    public void JsonManifestSpansAreExact()
    {
        const string json = """
            {
              "apiVersion": "apps/v1",
              "kind": "Deployment",
              "metadata": {"name": "web"},
              "spec": {"template": {"spec": {
                "containers": [{"name": "web", "image": "nginx:1.27", "securityContext": {"privileged": true}}]
              }}}
            }
            """;
        var hit = Assert.Single(KubeLint.Run(json, Policies.PssBaseline, path: "web.json"));
        Assert.Equal("CL2001", hit.RuleId);
        Assert.True(new SourceSpan(6, 93, 6, 97) == hit.Span, "actual " + hit.Span);
        Assert.Equal("Deployment/default/web", hit.Object);
    }

    [Fact]
    public void ListItemsAreObjects()
    {
        var list = "apiVersion: v1\nkind: List\nitems:\n" + KubeLint.Indent(CronJob.Replace("apiVersion:", "- apiVersion:").Replace("\n", "\n  "), 2);
        var hit = Assert.Single(KubeLint.Run(list, Policies.PssBaseline));
        Assert.Equal("CronJob/ops/nightly", hit.Object);
    }

    [Theory]
    [InlineData("name: ci\non:\n  push:\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n")]
    [InlineData("replicaCount: 2\nimage:\n  repository: nginx\n  tag: latest\n")]
    [InlineData("apiVersion: kustomize.config.k8s.io/v1beta1\nresources:\n  - deployment.yaml\n")]
    public void NonKubernetesYamlProducesNothing(string text)
    {
        Assert.Empty(KubeLint.Run(text));
    }

    [Fact]
    public void UnrenderedHelmTemplatesGetOneNoteAndNothingElse()
    {
        const string template = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  template:\n    spec:\n      containers:\n        - name: x\n          image: {{ .Values.image }}\n          securityContext:\n            privileged: true\n{{- if .Values.extra }}\n";
        var hit = Assert.Single(KubeLint.Run(template));
        Assert.Equal("CL0006", hit.RuleId);
    }

    [Fact]
    public void TemplatesInsideQuotedStringsAreNotHelm()
    {
        const string rule = "apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: r\n  namespace: mon\nspec:\n  groups:\n    - name: g\n      rules:\n        - alert: Down\n          annotations:\n            description: '{{ $labels.instance }} is down'\n";
        Assert.Empty(KubeLint.Run(rule));
    }

    [Theory]
    [InlineData("spec: 42", "spec")]
    [InlineData("spec:\n  containers: {}", "containers")]
    public void WrongTypesWarnAndLintingGoesOn(string body, string field)
    {
        var findings = KubeLint.Run("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: x\n" + body + "\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: q\n  namespace: x\nspec:\n  containers:\n    - name: c\n      image: r.example/c:1\n      securityContext: {privileged: true}\n", Policies.PssBaseline);
        var type = Assert.Single(findings, f => f.RuleId == "CL0012");
        Assert.Contains("'" + field + "'", type.Message);
        Assert.Single(findings, f => f.RuleId == "CL2001");
    }

    [Fact]
    public void CommentAndAnnotationSuppressionsApply()
    {
        var text = Secure
            .Replace("      securityContext:\n        allowPrivilegeEscalation", "      # containerlint ignore=CL2001 -- debug image\n      securityContext:\n        privileged: true\n        allowPrivilegeEscalation", StringComparison.Ordinal)
            .Replace("  name: app\n  namespace: shop\nspec:", "  name: app\n  namespace: shop\n  annotations:\n    containerlint.io/ignore.app: \"CL2106 -- pinned by admission\"\nspec:", StringComparison.Ordinal)
            .Replace("app:1.0", "app:latest", StringComparison.Ordinal);
        var findings = KubeLint.Run(text, Policies.Recommended);
        Assert.True(!findings.Any(f => !f.Suppressed), string.Join("; ", findings.Where(f => !f.Suppressed).Select(f => f.RuleId + f.Span)));
        Assert.True(findings.Count(f => f.Suppressed) == 2, string.Join("; ", findings.Select(f => f.RuleId + f.Span + f.Suppressed)));
    }

    [Fact]
    public void TwentyThousandDocumentsGiveOneFindingPerPrivilegedContainer()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            sb.Append("---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p").Append(i).Append("\nspec:\n  containers:\n    - name: c\n      image: r.example/c:1\n      securityContext:\n        privileged: ").Append(i % 2 == 0 ? "true" : "false").Append('\n');
        }

        var findings = KubeLint.Run(sb.ToString(), Policies.PssBaseline);
        Assert.Equal(10_000, findings.Count);
        Assert.All(findings, f => Assert.Equal("CL2001", f.RuleId));
        Assert.Equal(10_000, findings.Select(f => f.Object).Distinct().Count());
    }

    [Fact]
    public void AnAliasBombInsideAPodSpecIsHarmless()
    {
        var sb = new StringBuilder("apiVersion: v1\nkind: Pod\nmetadata:\n  name: bomb\n  namespace: x\n  annotations:\n    a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i <= 9; i++) sb.Append($"    a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))).Append("]\n");
        sb.Append("spec:\n  containers: &c\n    - name: c\n      image: r.example/c:1\n      securityContext: {privileged: true}\n      args: *a9\n  initContainers: *c\n");
        var findings = KubeLint.Run(sb.ToString(), Policies.PssBaseline);
        Assert.Equal(2, findings.Count(f => f.RuleId == "CL2001"));
        Assert.DoesNotContain(findings, f => f.RuleId.StartsWith("CL0", StringComparison.Ordinal));
    }

    [Fact]
    public void RbacRulesFire()
    {
        const string text = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata:
              name: too-much
            rules:
              - apiGroups: [""]
                resources: [secrets, pods, pods/exec, nodes/proxy, serviceaccounts/token, persistentvolumes]
                verbs: [get, create, bind]
              - apiGroups: ["*"]
                resources: ["*"]
                verbs: ["*"]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata:
              name: admins
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
            subjects:
              - {kind: Group, name: system:authenticated, apiGroup: rbac.authorization.k8s.io}
            """;
        var ids = KubeLint.Run(text, Policies.All).Select(f => f.RuleId).ToHashSet();
        foreach (var id in new[] { "CL2201", "CL2202", "CL2203", "CL2204", "CL2205", "CL2206", "CL2207", "CL2210", "CL2211", "CL2212" }) Assert.Contains(id, ids);
        Assert.DoesNotContain("CL2208", ids);
        Assert.DoesNotContain("CL2209", ids);
    }

    [Fact]
    public void ExposedServicesGetANote()
    {
        var hit = Assert.Single(KubeLint.Run("apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: x\nspec:\n  type: LoadBalancer\n"));
        Assert.Equal(("CL2301", 7), (hit.RuleId, hit.Span.Line));
        Assert.Empty(KubeLint.Run("apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: x\nspec:\n  type: ClusterIP\n"));
    }

    [Theory]
    [InlineData("registry.example.com/app:1.0", true)]
    [InlineData("registry.example.com/app:1.0@sha256:2a9865e55c37293b71df051922022898d8e4ec0f579c9b53a0caee1e170bc81c", false)]
    public void PullPolicyMattersOnlyForImagesThatCanChange(string image, bool fires)
    {
        var pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: " + image + "\n";
        Assert.Equal(fires, KubeLint.Run(pod).Any(f => f.RuleId == "CL2119"));
    }
}
