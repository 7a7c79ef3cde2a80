namespace ContainerLint.Core.Tests.RealWorld;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Tests.Kubernetes;

/// <summary>Regression tests for the bugs and false positives the real-world corpus found, one table per fix.</summary>
public sealed class RegressionTests
{
    private const string ConfigMap = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: n\ndata:\n  a: ";

    [Theory]
    [InlineData("Pod {{ $labels.namespace }}/{{ $labels.pod }} is down.", 0, 0)]
    [InlineData("Filesystem at {{ $labels.instance }} has {{ printf \"%.2f\" $value }}% left.", 0, 0)]
    [InlineData("x {{ $value | humanizePercentage }} of conntrack entries", 0, 0)]
    [InlineData("'{{ .Values.quoted }} is text in a quoted scalar'", 0, 0)]
    [InlineData("ghcr.io/example/builder:{{inputs.parameters.revision}}", 0, 0)]
    [InlineData("shop-{{ .Release.Name }}", 7, 6)]
    [InlineData("x-{{ include \"shop.fullname\" . }}", 7, 6)]
    [InlineData("x-{{- .Values.name | lower }}", 7, 6)]
    [InlineData("x-{{ $.Chart.Name }}", 7, 6)]
    [InlineData("{{ .Values.name }}", 7, 6)]
    public void PlainScalarIsAHelmTemplateOnlyWithAHelmAction(string value, int line, int column)
    {
        var findings = KubeLint.Run(ConfigMap + value + "\n", Policies.Recommended);
        if (line == 0)
        {
            Assert.Empty(findings);
            return;
        }

        var note = Assert.Single(findings);
        Assert.Equal("CL0006", note.RuleId);
        Assert.Equal((line, column), (note.Span.Line, note.Span.Column));
    }

    [Theory]
    // A broken manifest that only mentions {{ }} keeps its parse error (an error, not a note that passes CI).
    [InlineData("description: Pod {{ $labels.pod }} is down\n  bad: [unclosed\n", "CL0002")]
    [InlineData("# see {{ the runbook }}\n  bad: [unclosed\n", "CL0002")]
    // An unrendered chart that does not even parse is still one note, at its first Helm action.
    [InlineData("{{- if .Values.enabled }}\n  bad: [unclosed\n", "CL0006@8:3")]
    public void UnparsableFileIsATemplateOnlyWithAHelmAction(string tail, string expected)
    {
        var findings = KubeLint.Run(ConfigMap + "x\n  " + tail, Policies.Recommended);
        var hit = Assert.Single(findings);
        Assert.Equal(expected, expected.Contains('@') ? $"{hit.RuleId}@{hit.Span.Line}:{hit.Span.Column}" : hit.RuleId);
    }

    [Fact]
    public void ManyOpenBracesStayCheap()
    {
        var text = ConfigMap + "x\n  b: [" + string.Concat(Enumerable.Repeat("{{", 200_000)) + "\n";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var findings = KubeLint.Run(text, Policies.Recommended);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), "took " + watch.Elapsed);
        Assert.Contains(findings, f => f.RuleId.StartsWith("CL00", StringComparison.Ordinal));
    }

    [Fact]
    public void HelmNotePointsAtTheFirstTemplate()
    {
        var note = Assert.Single(KubeLint.Run(ConfigMap + "a-{{ .Values.a }}\n  b: b-{{ .Values.b }}\n  c: {{ .Values.c }}\n", Policies.Recommended));
        Assert.Equal((7, 6), (note.Span.Line, note.Span.Column));
    }

    private const string Pod = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              serviceAccountName: web
              containers:
                - name: web
                  image: registry.example.com/web:1.0
        """;

    [Theory]
    // Nothing in the file says the pod needs the API: the token mount is reported at the pod spec's first key.
    [InlineData("", "", 11, 7)]
    // The ServiceAccount turns the mount off and the pod inherits it.
    [InlineData("", "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: web, namespace: shop}\nautomountServiceAccountToken: false\n", 0, 0)]
    // An explicit true on the pod overrides the ServiceAccount's false.
    [InlineData("automountServiceAccountToken: true", "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: web, namespace: shop}\nautomountServiceAccountToken: false\n", 11, 37)]
    // Another ServiceAccount's setting says nothing about this pod.
    [InlineData("", "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: other, namespace: shop}\nautomountServiceAccountToken: false\n", 11, 7)]
    // Bound to a Role in its namespace (subject namespace omitted = the binding's): the pod calls the API.
    [InlineData("", "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: web, namespace: shop}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: web}\nsubjects:\n- kind: ServiceAccount\n  name: web\n", 0, 0)]
    [InlineData("", "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: web}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: web}\nsubjects:\n- kind: ServiceAccount\n  name: web\n  namespace: shop\n", 0, 0)]
    // A binding for the same name in another namespace, or for a group, is not this pod's.
    [InlineData("", "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: web}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: web}\nsubjects:\n- kind: ServiceAccount\n  name: web\n  namespace: other\n", 11, 7)]
    [InlineData("", "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: web}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: web}\nsubjects:\n- kind: Group\n  name: web\n", 11, 7)]
    public void TokenAutomountLooksAtTheServiceAccountAndItsBindings(string podLine, string otherDocument, int line, int column)
    {
        var pod = podLine.Length == 0 ? Pod : Pod.Replace("      serviceAccountName: web", "      serviceAccountName: web\n      " + podLine, StringComparison.Ordinal);
        if (podLine.Length > 0) pod = pod.Replace("      serviceAccountName: web\n      " + podLine, "      " + podLine + "\n      serviceAccountName: web", StringComparison.Ordinal);
        var text = pod + "\n" + (otherDocument.Length > 0 ? "---\n" + otherDocument : "");
        var hits = KubeLint.Run(text, Policies.All).Where(f => f.RuleId == "CL2109").ToList();
        if (line == 0)
        {
            Assert.Empty(hits);
            return;
        }

        var hit = Assert.Single(hits);
        Assert.Equal((line, column), (hit.Span.Line, hit.Span.Column));
    }

    [Theory]
    [InlineData("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: default\nresources: [deploy.yaml]\n")]
    [InlineData("apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n  - path: p.yaml\n")]
    public void KustomizeFilesAreSkipped(string text)
    {
        var result = RealWorldCorpus.LintBytes("overlays/prod/kustomization.yaml", System.Text.Encoding.UTF8.GetBytes(text));
        Assert.True(result.Skipped);
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("{apiVersion: v1, kind: Pod, metadata: {name: p}}", true)]
    [InlineData("# flow style\n{\n  'apiVersion': v1,\n  'kind' : Pod,\n}\n", true)]
    [InlineData("[{apiVersion: v1,\n  kind: Pod}]", true)]
    [InlineData("{\"apiVersion\": \"v1\", \"kind\": \"Pod\"}", true)]
    [InlineData("settings: {kinds: [a], apiVersions: [v1]}\n", false)]
    [InlineData("name: x\nmyapiVersion: v1\nkind: Pod\n", false)]
    [InlineData("jobs:\n  build:\n    env: {KIND: ci}\n", false)]
    public void FlowStyleManifestsAreRecognised(string text, bool kubernetes)
    {
        Assert.Equal(kubernetes ? FileKind.Kubernetes : null, FileClassifier.FromContent(text, explicitlyGiven: false));
    }

    [Fact]
    public void FlowStyleManifestIsLintedWhenFoundByAWalk()
    {
        var result = RealWorldCorpus.LintBytes("deploy/pod.yaml", System.Text.Encoding.UTF8.GetBytes(
            "{apiVersion: v1, kind: Pod, metadata: {name: p, namespace: x},\n spec: {containers: [{name: c, image: r.example/c:1, securityContext: {privileged: true}}]}}\n"));
        Assert.False(result.Skipped);
        Assert.Contains(result.Findings, f => f.RuleId == "CL2001" && f.Span.Line == 2);
    }

    private const string Base = "services:\n  api:\n";

    [Theory]
    // A fragment completed by the base file: rules about missing fields cannot judge it.
    [InlineData("    environment: [LOG_LEVEL=debug]\n", "")]
    [InlineData("    extends: {file: common.yml, service: base}\n", "")]
    // What a fragment does write is still judged.
    [InlineData("    privileged: true\n", "CL3001@3:17")]
    [InlineData("    read_only: false\n", "CL3009@3:16")]
    [InlineData("    user: root\n", "CL3010@3:11")]
    [InlineData("    ports: [\"8080:80\"]\n", "CL3013@3:13")]
    // A complete service (build or image) is judged on what it leaves out.
    [InlineData("    build: .\n", "CL3004@2:3 CL3008@2:3 CL3009@2:3 CL3010@2:3 CL3011@2:3 CL3012@2:3")]
    public void ComposeOverrideFragmentsAreJudgedOnlyOnWhatTheyWrite(string body, string expected)
    {
        var result = RealWorldCorpus.LintBytes("docker-compose.override.yml", System.Text.Encoding.UTF8.GetBytes(Base + body));
        Assert.Equal(FileKind.Compose, result.Kind);
        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), RealWorldCorpus.Pins(result));
    }

    [Theory]
    [InlineData("{target: 80, published: 8080, host_ip: 0.0.0.0}", "CL3013@10:37")]
    [InlineData("{target: 80, published: \"8080\", host_ip: \"::\"}", "CL3013@10:37")]
    [InlineData("{target: 80, published: 8080}", "CL3013@10:37")]
    [InlineData("{target: 80, published: 8080, host_ip: 127.0.0.1}", "")]
    [InlineData("{target: 80}", "")]
    public void LongSyntaxPortOnTheWildcardAddressIsOnAllInterfaces(string port, string expected)
    {
        const string service = "services:\n  web:\n    image: r.example/web:1\n    user: \"10001\"\n    read_only: true\n    cap_drop: [ALL]\n    security_opt: [no-new-privileges:true]\n    mem_limit: 256m\n    pids_limit: 100\n    ports: [";
        var result = RealWorldCorpus.LintBytes("compose.yaml", System.Text.Encoding.UTF8.GetBytes(service + port + "]\n"));
        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), RealWorldCorpus.Pins(result));
    }
}
