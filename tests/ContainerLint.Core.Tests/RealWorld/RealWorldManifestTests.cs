namespace ContainerLint.Core.Tests.RealWorld;

using ContainerLint.Core.Engine;
using ContainerLint.Core.Kubernetes;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>
/// Real-world manifests (argo-cd, Argo Workflows, ingress-nginx, kube-prometheus and kubernetes/examples style, plus YAML and JSON
/// format variations) linted through <see cref="LintRunner"/> under the default policy, the kind decided by
/// <see cref="FileClassifier"/>. Every finding was reviewed by hand and is pinned as rule@line:column.
/// </summary>
public sealed class RealWorldManifestTests
{
    private static readonly string[] ManifestFolders = ["argo-cd", "argo-workflows", "ingress-nginx", "kube-prometheus", "examples", "formats"];

    private static readonly Dictionary<string, string> Reviewed = new(StringComparer.Ordinal)
    {
        // argo-cd: every container is hardened; what remains is real. CL2204: the controller, dex and server Roles read
        // Secrets (CIS 5.1.2, by design but a real privilege); CL2213: the server's Role also writes every Secret. CL2201: the controller ClusterRole is */*/* and the server's
        // ClusterRole has resources '*'. CL2205: the server may create Jobs (pods, CIS 5.1.4). CL2102-CL2105: install.yaml
        // ships without resources. No CL2109: controller, dex and server are bound to Roles here (they call the API) and the
        // redis ServiceAccount sets automountServiceAccountToken: false.
        ["argo-cd/install.yaml"] =
            "CL2204@606:5 CL2204@645:5 CL2204@664:5 CL2213@664:5 CL2201@708:5 CL2201@710:5 CL2201@714:5 CL2201@728:5 CL2205@759:5 " +
            "CL2102@1005:15 CL2103@1005:15 CL2104@1005:15 CL2105@1005:15 CL2102@1034:15 CL2103@1034:15 CL2104@1034:15 " +
            "CL2105@1034:15 CL2102@1108:15 CL2103@1108:15 CL2104@1108:15 CL2105@1108:15 CL2102@1182:15 CL2103@1182:15 " +
            "CL2104@1182:15 CL2105@1182:15 CL2102@1223:15 CL2103@1223:15 CL2104@1223:15 CL2105@1223:15 CL2102@1305:15 " +
            "CL2103@1305:15 CL2104@1305:15 CL2105@1305:15 CL2102@1392:15 CL2103@1392:15 CL2104@1392:15 CL2105@1392:15",
        // Argo Workflows parameters ({{inputs.parameters.x}}) in plain scalars are not Helm (a CL0006 before the fix). Each
        // container template is a pod (issue #16): build and notify run unhardened, with the namespace's default service
        // account; the pod-level findings sit on the template's name, the container ones on its container/script key. No
        // CL2109: Argo's executor calls the API with the pod's token.
        ["argo-workflows/workflow-templates.yaml"] =
            "CL2302@3:7 CL2110@28:11 CL2014@32:5 CL2015@32:5 CL2017@32:5 CL2018@32:5 CL2101@32:5 " +
            "CL2102@32:5 CL2103@32:5 CL2104@32:5 CL2105@32:5 CL2110@38:11 CL2014@42:5 CL2015@42:5 " +
            "CL2017@42:5 CL2018@42:5 CL2101@42:5 CL2102@42:5 CL2103@42:5 CL2104@42:5 CL2105@42:5",
        // Bare-metal ingress-nginx: hostNetwork and hostPort 80/443 are real exposure; readOnlyRootFilesystem: false is what
        // the chart ships; the ServiceAccount and its bindings live in another file, so CL2109 cannot be settled here.
        ["ingress-nginx/daemonset-hostnetwork.yaml"] = "CL2302@6:7 CL2109@30:7 CL2002@30:20 CL2101@57:37 CL2004@81:25 CL2004@85:25 CL2103@90:13",
        // ingress-nginx: Secrets read by the controller and the admission Role (CL2204), created by the admission Role
        // (CL2213: it stores the webhook certificate), webhook configuration write
        // (CL2209), a LoadBalancer (CL2301 note), no NetworkPolicy (CL2302), readOnlyRootFilesystem: false and missing
        // limits on the controller, no resources on the admission Jobs, and a Namespace without a Pod Security Admission
        // enforce label (CL2126). All three pods' ServiceAccounts are bound here: no CL2109.
        ["ingress-nginx/deploy.yaml"] =
            "CL2126@4:3 CL2204@58:5 CL2204@140:5 CL2213@140:5 CL2204@162:5 CL2209@232:5 CL2301@362:9 CL2302@388:7 CL2102@479:9 " +
            "CL2103@479:9 CL2101@490:35 CL2102@544:15 CL2103@544:15 CL2104@544:15 CL2105@544:15 CL2102@597:15 " +
            "CL2103@597:15 CL2104@597:15 CL2105@597:15",
        // kube-state-metrics: explicit automountServiceAccountToken: true with its binding in another file (CL2109 note, as
        // documented for an explicit true), and a ClusterRole that lists Secrets (CL2204).
        ["kube-prometheus/kubeStateMetrics-deployment.yaml"] = "CL2109@28:37 CL2204@100:5",
        // Alert descriptions written as plain scalars with {{ $labels.x }} are Prometheus templates, not Helm.
        ["kube-prometheus/kubernetesControlPlane-prometheusRule.yaml"] = "",
        // node-exporter really is a host agent: hostNetwork, hostPID, hostPath / and /sys, hostPort 9100, SYS_TIME, and the
        // node-exporter container has no seccomp profile (the pod sets none either). The two sensitive host paths are
        // reported once each, by CL2115 (read-only), not again by the generic hostPath rule.
        ["kube-prometheus/nodeExporter-daemonset.yaml"] = "CL2109@27:37 CL2017@48:9 CL2005@52:15 CL2004@78:21 CL2002@98:20 CL2002@99:16 CL2115@112:17 CL2115@115:17",
        ["kube-prometheus/prometheus-k8s.yaml"] = "",
        // kubernetes/examples are teaching material without hardening: every finding below is a real gap. NET_RAW not
        // dropped (CL2116) is the restricted capabilities check's finding on the same spot (CL2018), reported once; the
        // wordpress Secret commits its MySQL password (CL2127).
        ["examples/cassandra-statefulset.yaml"] =
            "CL2302@15:7 CL2109@31:7 CL2110@31:7 CL2014@52:9 CL2015@52:9 CL2017@52:9 CL2101@52:9 CL2018@53:11 " +
            "CL2005@55:17",
        ["examples/cronjob.yaml"] =
            "CL2302@2:7 CL2109@11:11 CL2110@11:11 CL2014@12:19 CL2015@12:19 CL2017@12:19 CL2018@12:19 CL2101@12:19 " +
            "CL2102@12:19 CL2103@12:19 CL2104@12:19 CL2105@12:19",
        ["examples/guestbook-all-in-one.yaml"] =
            "CL2302@19:7 CL2109@36:7 CL2110@36:7 CL2014@37:15 CL2015@37:15 CL2017@37:15 CL2018@37:15 CL2101@37:15 " +
            "CL2102@39:9 CL2103@39:9 CL2109@81:7 CL2110@81:7 CL2014@82:15 CL2015@82:15 CL2017@82:15 CL2018@82:15 " +
            "CL2101@82:15 CL2102@84:9 CL2103@84:9 CL2301@108:9 CL2109@134:7 CL2110@134:7 CL2014@135:15 CL2015@135:15 " +
            "CL2017@135:15 CL2018@135:15 CL2101@135:15 CL2102@140:9 CL2103@140:9",
        ["examples/job.yaml"] =
            "CL2302@2:7 CL2109@8:7 CL2110@8:7 CL2014@9:15 CL2015@9:15 CL2017@9:15 CL2018@9:15 CL2101@9:15 CL2102@9:15 " +
            "CL2103@9:15 CL2104@9:15 CL2105@9:15",
        ["examples/mysql-wordpress.yaml"] =
            "CL2127@7:13 CL2302@37:7 CL2109@55:7 CL2110@55:7 CL2014@57:15 CL2015@57:15 CL2017@57:15 CL2018@57:15 " +
            "CL2101@57:15 CL2102@57:15 CL2103@57:15 CL2104@57:15 CL2105@57:15 CL2301@96:9 CL2109@130:7 CL2110@130:7 " +
            "CL2014@132:15 CL2015@132:15 CL2017@132:15 CL2018@132:15 CL2101@132:15 CL2102@132:15 CL2103@132:15 " +
            "CL2104@132:15 CL2105@132:15",
        ["examples/nginx-hardened-pod.yaml"] = "",
        ["formats/anchors-and-merge-keys.yaml"] = "",
        ["formats/block-scalars.yaml"] = "",
        ["formats/deployment-list.json"] = "",
        ["formats/flow-style.yaml"] = "",
        ["formats/list.yaml"] = "",
        // A Namespace without a Pod Security Admission enforce label (CIS Kubernetes 5.2.1).
        ["formats/multidoc-variations.yaml"] = "CL2126@7:9",
        ["formats/pod-get-o-json.json"] = "CL2302@3:13",
    };

    /// <summary>Objects per file (List items flattened), so a document silently dropped by the parser fails.</summary>
    private static readonly Dictionary<string, int> ObjectCounts = new(StringComparer.Ordinal)
    {
        ["argo-cd/install.yaml"] = 32,
        ["argo-workflows/workflow-templates.yaml"] = 2,
        ["ingress-nginx/daemonset-hostnetwork.yaml"] = 1,
        ["ingress-nginx/deploy.yaml"] = 19,
        ["kube-prometheus/kubeStateMetrics-deployment.yaml"] = 3,
        ["kube-prometheus/kubernetesControlPlane-prometheusRule.yaml"] = 1,
        ["kube-prometheus/nodeExporter-daemonset.yaml"] = 2,
        ["kube-prometheus/prometheus-k8s.yaml"] = 9,
        ["examples/cassandra-statefulset.yaml"] = 3,
        ["examples/cronjob.yaml"] = 1,
        ["examples/guestbook-all-in-one.yaml"] = 6,
        ["examples/job.yaml"] = 1,
        ["examples/mysql-wordpress.yaml"] = 7,
        ["examples/nginx-hardened-pod.yaml"] = 2,
        ["formats/anchors-and-merge-keys.yaml"] = 2,
        ["formats/block-scalars.yaml"] = 3,
        ["formats/deployment-list.json"] = 2,
        ["formats/flow-style.yaml"] = 2,
        ["formats/list.yaml"] = 3,
        ["formats/multidoc-variations.yaml"] = 4,
        ["formats/pod-get-o-json.json"] = 1,
    };

    public static TheoryData<string> Manifests()
    {
        var data = new TheoryData<string>();
        foreach (var folder in ManifestFolders)
        {
            foreach (var file in RealWorldCorpus.Files(folder)) data.Add(file);
        }

        return data;
    }

    [Fact]
    public void EveryManifestIsReviewed()
    {
        var files = ManifestFolders.SelectMany(RealWorldCorpus.Files).ToList();
        Assert.Equal(Reviewed.Keys.Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal));
        Assert.Equal(ObjectCounts.Keys.Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void LintsAsKubernetesWithoutAnInputDiagnostic(string file)
    {
        var result = RealWorldCorpus.Lint(file);
        Assert.Equal(FileKind.Kubernetes, result.Kind);
        Assert.False(result.Skipped, file + " was skipped");
        var diagnostics = result.Findings.Where(f => f.RuleId.StartsWith("CL0", StringComparison.Ordinal)).ToList();
        Assert.True(diagnostics.Count == 0, RealWorldCorpus.Describe(diagnostics));
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void FindingsAreTheReviewedOnes(string file)
    {
        var result = RealWorldCorpus.Lint(file);
        var expected = Reviewed[file].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(expected.SequenceEqual(RealWorldCorpus.Pins(result)), file + ":\n" + RealWorldCorpus.Describe(result.Findings));
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void EveryObjectIsRead(string file)
    {
        var text = SourceDecoder.Decode(RealWorldCorpus.Read(file), out _, out _)!;
        var parsed = KubernetesParser.Parse(new LintInput(file, new SourceText(text)));
        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(ObjectCounts[file], parsed.Document!.Objects.Count);
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void LineEndingsAndByteOrderMarkChangeNothing(string file)
    {
        var expected = RealWorldCorpus.Pins(RealWorldCorpus.Lint(file));
        var lf = System.Text.Encoding.UTF8.GetString(RealWorldCorpus.Read(file));
        var crlf = lf.Replace("\n", "\r\n", StringComparison.Ordinal);
        byte[] bom = [0xEF, 0xBB, 0xBF];
        foreach (var (name, bytes) in new[]
        {
            ("crlf", System.Text.Encoding.UTF8.GetBytes(crlf)),
            ("bom", [.. bom, .. System.Text.Encoding.UTF8.GetBytes(lf)]),
            ("bom+crlf", [.. bom, .. System.Text.Encoding.UTF8.GetBytes(crlf)]),
        })
        {
            var result = RealWorldCorpus.LintBytes(file, bytes);
            Assert.Equal(FileKind.Kubernetes, result.Kind);
            Assert.True(expected.SequenceEqual(RealWorldCorpus.Pins(result)), name + ":\n" + RealWorldCorpus.Describe(result.Findings));
        }
    }
}
