namespace ContainerLint.Core.Tests.RealWorld;

using System.Text;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Kubernetes;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>
/// Real-world shapes too big to commit, generated in code: an operator CRD with a huge OpenAPI schema, a
/// manifest with kubectl's last-applied-configuration (one very long line), and a long multi-document stream.
/// </summary>
public sealed class GeneratedManifestTests
{
    private const string Hardened = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web{0}
          namespace: shop
        spec:
          selector:
            matchLabels: {{app: web}}
          template:
            metadata:
              labels: {{app: web}}
            spec:
              serviceAccountName: web
              automountServiceAccountToken: false
              securityContext:
                runAsNonRoot: true
                runAsUser: 10001
                seccompProfile: {{type: RuntimeDefault}}
              containers:
                - name: web
                  image: registry.example.com/shop/web:3.2.0
                  securityContext:
                    allowPrivilegeEscalation: false
                    readOnlyRootFilesystem: true
                    capabilities: {{drop: [ALL]}}
                  resources:
                    limits: {{cpu: 500m, memory: 256Mi}}
                    requests: {{cpu: 100m, memory: 128Mi}}
        """;

    private const string Policy = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: web, namespace: shop}\nspec: {podSelector: {}, policyTypes: [Ingress]}\n";

    [Fact]
    public void OperatorCrdWithAHugeSchemaLintsClean()
    {
        var sb = new StringBuilder();
        sb.Append("# Source: operator/crds/widgets.example.com.yaml\n---\napiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n");
        sb.Append("metadata:\n  annotations:\n    controller-gen.kubebuilder.io/version: v0.16.5\n  name: widgets.example.com\n");
        sb.Append("spec:\n  group: example.com\n  names: {kind: Widget, listKind: WidgetList, plural: widgets, singular: widget}\n  scope: Namespaced\n");
        sb.Append("  versions:\n  - name: v1\n    served: true\n    storage: true\n    schema:\n      openAPIV3Schema:\n        type: object\n        properties:\n");
        var indent = "          ";
        for (var depth = 0; depth < 60; depth++)
        {
            for (var p = 0; p < 60; p++)
            {
                sb.Append(indent).Append("field").Append(p).Append(":\n");
                sb.Append(indent).Append("  description: |-\n");
                sb.Append(indent).Append("    Field ").Append(p).Append(" at depth ").Append(depth).Append(": kind, apiVersion and {{ braces }} are text here.\n");
                sb.Append(indent).Append("    \tA tab inside a block scalar, 'quotes', \"double\" and # not a comment.\n");
                sb.Append(indent).Append("  type: string\n");
                sb.Append(indent).Append("  pattern: ^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$\n");
                sb.Append(indent).Append("  x-kubernetes-validations:\n");
                sb.Append(indent).Append("  - rule: \"self.size() <= 63 && !self.startsWith('-')\"\n");
                sb.Append(indent).Append("    messageExpression: \"'invalid value: ' + self\"\n");
            }

            sb.Append(indent).Append("nested:\n").Append(indent).Append("  type: object\n").Append(indent).Append("  properties:\n");
            indent += "    ";
        }

        sb.Append(indent).Append("leaf: {type: integer, format: int64, minimum: 0, maximum: 9223372036854775807}\n");
        var text = sb.ToString();
        Assert.True(text.Length > 1_500_000, "the schema should be large: " + text.Length);

        var result = RealWorldCorpus.LintBytes("crds/widgets.example.com.yaml", Encoding.UTF8.GetBytes(text));
        Assert.Equal(FileKind.Kubernetes, result.Kind);
        Assert.False(result.Skipped);
        Assert.True(result.Findings.Count == 0, RealWorldCorpus.Describe(result.Findings));
        var parsed = KubernetesParser.Parse(new LintInput("crd.yaml", new SourceText(text)));
        Assert.Equal("CustomResourceDefinition", Assert.Single(parsed.Document!.Objects).Kind);
    }

    [Fact]
    public void VeryLongLinesKeepPositionsExact()
    {
        var applied = new StringBuilder("{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"annotations\":{");
        for (var i = 0; i < 20_000; i++) applied.Append("\"example.com/key-").Append(i).Append("\":\"value with {{ braces }} and \\\"quotes\\\"\",");
        applied.Append("\"last\":\"x\"}}}");
        var longValue = new string('a', 200_000);
        var deployment = string.Format(System.Globalization.CultureInfo.InvariantCulture, Hardened, "")
            .Replace("  namespace: shop\n", "  namespace: shop\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: |\n      " + applied + "\n", StringComparison.Ordinal)
            .Replace("                - name: web\n", "                - name: web\n                  env:\n                    - name: BLOB\n                      value: " + longValue + "\n", StringComparison.Ordinal);
        var text = deployment + "\n---\n" + Policy + "---\napiVersion: v1\nkind: Pod\nmetadata: {name: debug, namespace: shop, annotations: {note: \"" + longValue + "\"}}\nspec:\n  containers:\n  - {name: dbg, image: \"registry.example.com/dbg:1\", securityContext: {privileged: true}}\n";
        Assert.True(text.Length > 1_000_000);

        var result = RealWorldCorpus.LintBytes("deploy/web.yaml", Encoding.UTF8.GetBytes(text));
        Assert.Equal(FileKind.Kubernetes, result.Kind);
        Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("CL0", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.Object == "Deployment/shop/web");
        var privileged = Assert.Single(result.Findings, f => f.RuleId == "CL2001");
        var line = text.Split('\n').Length - 1;
        Assert.Equal((line, 84), (privileged.Span.Line, privileged.Span.Column));
    }

    [Fact]
    public void ThousandsOfDocumentsWithEveryMarkerStyle()
    {
        var sb = new StringBuilder("%YAML 1.2\n");
        const int count = 2_000;
        for (var i = 0; i < count; i++)
        {
            sb.Append((i % 4) switch
            {
                0 => "---\n",
                1 => "--- # document " + i + "\n",
                2 => "---\n# a comment before the document\n",
                _ => "...\n---\n",
            });
            sb.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, Hardened, i)).Append('\n');
        }

        sb.Append("---\n").Append(Policy).Append("...\n");
        var text = sb.ToString();

        var result = RealWorldCorpus.LintBytes("deploy/all.yaml", Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)));
        Assert.Equal(FileKind.Kubernetes, result.Kind);
        Assert.True(result.Findings.Count == 0, RealWorldCorpus.Describe(result.Findings.Take(5)));
        var parsed = KubernetesParser.Parse(new LintInput("all.yaml", new SourceText(text)));
        Assert.Equal(count + 1, parsed.Document!.Objects.Count);
        Assert.Equal(count, parsed.Document.Workloads.Count);
    }
}
