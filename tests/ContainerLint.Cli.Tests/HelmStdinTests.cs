namespace ContainerLint.Cli.Tests;

using ContainerLint.Core.Engine;
using Newtonsoft.Json.Linq;

/// <summary>
/// Issue #16, item 4, end to end: <c>helm template . | containerlint - --stdin-filename chart.yaml</c> names each
/// finding's template file, with the line in its rendered text, in every output format.
/// </summary>
public sealed class HelmStdinTests
{
    /// <summary>What <c>helm template shop .</c> prints: a ServiceAccount, a Deployment template that renders two documents, a Service.</summary>
    private static string Rendered => File.ReadAllText(Path.Combine(Cli.RepoRoot(), "tests", "ContainerLint.Core.Tests", "Kubernetes", "Data", "helm-template-shop.yaml"));

    private static CliResult Lint(string format)
    {
        using var dir = new TempDir();
        var host = new CliHost(dir.Path, LintEngine.CreateDefault, _ => null, false);
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = CommandLineApp.Run(
            ["-", "--stdin-filename", "chart.yaml", "--policy", "pss-baseline", "--format", format],
            new StringReader(Rendered), stdout, stderr, host);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void JsonNamesTheTemplates()
    {
        var result = Lint("json");
        Assert.Equal(1, result.ExitCode);
        var json = JObject.Parse(result.Stdout);
        Assert.Equal(["shop/templates/deployment.yaml", "shop/templates/service.yaml", "shop/templates/serviceaccount.yaml"], json["files"]!.Select(f => (string)f["path"]!));
        var findings = json["findings"]!.Select(f => ((string)f["ruleId"]!, (string)f["file"]!, (int)f["line"]!, (string)f["object"]!)).ToList();
        Assert.Equal([("CL2001", "shop/templates/deployment.yaml", 15, "Deployment/default/web"), ("CL2002", "shop/templates/deployment.yaml", 26, "Deployment/default/worker")], findings);
    }

    [Theory]
    [InlineData("msbuild", "shop/templates/deployment.yaml(15,25,15,29): error CL2001")]
    [InlineData("github", "file=shop/templates/deployment.yaml,line=15")]
    [InlineData("checkstyle", "<file name=\"shop/templates/deployment.yaml\">")]
    [InlineData("sarif", "\"uri\": \"shop/templates/deployment.yaml\"")]
    [InlineData("text", "shop/templates/deployment.yaml\n  shop/templates/deployment.yaml:15:25  error")]
    public void EveryFormatNamesTheTemplate(string format, string expected)
    {
        var result = Lint(format);
        Assert.Contains(expected, result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("chart.yaml", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTextSnippetIsTheRenderedLine() =>
        Assert.Contains("15 |             privileged: true\n", Lint("text").Stdout, StringComparison.Ordinal);
}
