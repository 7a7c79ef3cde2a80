namespace ContainerLint.Core.Tests.Kubernetes;

using System.Text;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Kubernetes;
using ContainerLint.Core.Model;

/// <summary>Issue #16, item 4: helm template output mapped to its templates through Helm's "# Source:" comments.</summary>
public sealed class HelmRenderedStreamTests
{
    /// <summary>
    /// What <c>helm template shop .</c> prints: a ServiceAccount, a Deployment template that renders two documents, a
    /// Service (Kubernetes/Data/helm-template-shop.yaml, shared with the command line's end-to-end test).
    /// </summary>
    internal static string Rendered => File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "ContainerLint.Core.Tests", "Kubernetes", "Data", "helm-template-shop.yaml"));

    private static LintTarget Stdin(string text, string name = "chart.yaml") => new(null, name, null, ExplicitlyGiven: true) { Content = Encoding.UTF8.GetBytes(text) };

    private static string Text(LintTarget t) => Encoding.UTF8.GetString(t.Content!);

    [Fact]
    public void EachTemplateBecomesOneInputWithItsDocumentsAsHelmShowsThem()
    {
        var parts = HelmRenderedStream.Split(Stdin(Rendered));
        Assert.Equal(["shop/templates/serviceaccount.yaml", "shop/templates/deployment.yaml", "shop/templates/service.yaml"], parts.Select(p => p.DisplayPath));
        Assert.All(parts, p => Assert.Equal(FileKind.Kubernetes, p.Kind));
        Assert.StartsWith("---\n# Source: shop/templates/deployment.yaml\napiVersion: apps/v1", Text(parts[1]), StringComparison.Ordinal);
        Assert.Contains("name: worker", Text(parts[1]), StringComparison.Ordinal);
        Assert.Equal(Rendered.Length, parts.Sum(p => Text(p).Length));
    }

    [Fact]
    public void FindingsNameTheTemplateAndTheLineInItsRenderedText()
    {
        var runner = new LintRunner(LintEngine.CreateDefault(), _ => LintConfiguration.Default with { Policy = Policies.PssBaseline });
        var results = runner.Run(HelmRenderedStream.Split(Stdin(Rendered)));
        var privileged = Assert.Single(results.SelectMany(r => r.Findings), f => f.RuleId == "CL2001");
        Assert.Equal("shop/templates/deployment.yaml", privileged.File);
        Assert.Equal(new SourceSpan(15, 25, 15, 29), privileged.Span);
        var hostNetwork = Assert.Single(results.SelectMany(r => r.Findings), f => f.RuleId == "CL2002");
        Assert.Equal("shop/templates/deployment.yaml", hostNetwork.File);
        Assert.Equal(("Deployment/default/worker", 26), (hostNetwork.Object, hostNetwork.Span.Line));
    }

    [Theory]
    [InlineData("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n")]
    [InlineData("apiVersion: v1\n# Source: shop/templates/pod.yaml, written after the content\nkind: Pod\nmetadata: {name: p}\n")]
    [InlineData("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  note: |\n    # Source: shop/templates/x.yaml\n")]
    public void AStreamWithoutSourceCommentsIsLeftWhole(string text)
    {
        var target = Stdin(text);
        Assert.Same(target, Assert.Single(HelmRenderedStream.Split(target)));
    }

    [Fact]
    public void DocumentsWithoutASourceStayUnderTheStreamsNameAndNamesAreCleaned()
    {
        var text = "apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n---\n# Source: shop/templates/\u001b[31mred\u0007.yaml\napiVersion: v1\nkind: ServiceAccount\nmetadata: {name: shop}\n";
        var parts = HelmRenderedStream.Split(Stdin(text));
        Assert.Equal(["chart.yaml", "shop/templates/[31mred.yaml"], parts.Select(p => p.DisplayPath));
        Assert.StartsWith("apiVersion: v1\nkind: Namespace", Text(parts[0]), StringComparison.Ordinal);
    }
}
