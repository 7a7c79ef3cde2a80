namespace ContainerLint.Core.Tests.RealWorld;

using ContainerLint.Core.Model;

/// <summary>
/// YAML and JSON that is not a Kubernetes object (CI workflows, Helm chart metadata and values, kustomization,
/// OpenAPI, Ansible, pre-commit, mkdocs) is skipped silently when found by a directory walk; unrendered Helm
/// templates get exactly one CL0006 note.
/// </summary>
public sealed class NonKubernetesYamlTests
{
    private static readonly Dictionary<string, (int Line, int Column)> Templates = new(StringComparer.Ordinal)
    {
        ["not-kubernetes/chart/templates/configmap.yaml"] = (7, 33),
        ["not-kubernetes/chart/templates/deployment.yaml"] = (4, 9),
        ["not-kubernetes/chart/templates/service.yaml"] = (4, 9),
    };

    public static TheoryData<string> Others() =>
        new(RealWorldCorpus.Files("not-kubernetes").Where(f => !Templates.ContainsKey(f)));

    public static TheoryData<string> HelmTemplates() => new(Templates.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void TheCorpusHoldsWhatTheTestsExpect()
    {
        Assert.Equal(10, RealWorldCorpus.Files("not-kubernetes").Count(f => !Templates.ContainsKey(f)));
        foreach (var template in Templates.Keys) Assert.Contains(template, RealWorldCorpus.Files("not-kubernetes"));
    }

    [Theory]
    [MemberData(nameof(Others))]
    public void IsSkippedWithoutFindings(string file)
    {
        var result = RealWorldCorpus.Lint(file);
        Assert.True(result.Skipped, file + " was linted as " + result.Kind);
        Assert.Empty(result.Findings);
    }

    [Theory]
    [MemberData(nameof(Others))]
    public void IsSkippedEvenWithCrlfAndByteOrderMark(string file)
    {
        var text = System.Text.Encoding.UTF8.GetString(RealWorldCorpus.Read(file)).Replace("\n", "\r\n", StringComparison.Ordinal);
        var result = RealWorldCorpus.LintBytes(file, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)]);
        Assert.True(result.Skipped);
        Assert.Empty(result.Findings);
    }

    [Theory]
    [MemberData(nameof(HelmTemplates))]
    public void HelmTemplateGivesExactlyOneNoteAtItsFirstAction(string file)
    {
        var result = RealWorldCorpus.Lint(file);
        Assert.Equal(FileKind.Kubernetes, result.Kind);
        var note = Assert.Single(result.Findings);
        Assert.Equal("CL0006", note.RuleId);
        Assert.Equal(Severity.Note, note.Severity);
        Assert.Equal(Templates[file], (note.Span.Line, note.Span.Column));
    }
}
