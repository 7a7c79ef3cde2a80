namespace ContainerLint.Core.Dockerfile;

using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Dockerfile.Rules;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;

/// <summary>
/// The Dockerfile front end: BuildKit-faithful parsing, parse diagnostics (CL0002/3/4/10/11), what BuildKit refuses
/// (CL0014/15/16, <see cref="BuildKitChecks"/>), inline suppressions and BuildKit's own check settings
/// (<see cref="BuildChecks"/>: <c># check=skip=…;error=true</c>, CL0017), then one analysis per file and configuration
/// (<see cref="DockerfileFacts"/>) that every rule reads.
/// </summary>
public static class DockerfileFrontEnd
{
    public static FrontEnd Create() => Create(DockerfileRules.All);

    public static FrontEnd Create(IReadOnlyList<Rule<DockerfileFacts>> rules) =>
        new FrontEnd<DockerfileDocument, DockerfileFacts>(FileKind.Dockerfile, Parse, Analyze, rules)
        {
            Facts = CrossFile.DockerfileFactExtractor.Extract,
            FilePolicy = BuildChecks.PolicyFor,
        };

    /// <summary>The facts every Dockerfile rule reads, for one configuration.</summary>
    public static DockerfileFacts Analyze(DockerfileDocument document, RuleContext context) => new(document, context.Configuration);

    /// <summary>Parses one input. Never throws; a fatal parse error gives no document and one error diagnostic at its position.</summary>
    public static ParsedDocument<DockerfileDocument> Parse(LintInput input)
    {
        var parsed = DockerfileParser.Parse(input.Text);
        var diagnostics = new List<RuleHit>(parsed.Diagnostics.Count + 4);
        AddHits(parsed.Diagnostics, diagnostics);
        if (!parsed.Succeeded) return new ParsedDocument<DockerfileDocument>(null, diagnostics, []);
        AddHits(BuildKitChecks.Check(parsed.Instructions), diagnostics);

        var document = new DockerfileDocument(parsed, input.Path, input.DockerIgnore) { BuildContext = input.BuildContext };

        // A word past an expansion limit, or whose expansion failed, is reported on that word; the file is still linted.
        foreach (var problem in document.Stages.ExpansionProblems)
        {
            diagnostics.Add(problem.RefusesBuild ? new RuleHit(problem.Span, problem.Message) { RuleIdOverride = DiagnosticIds.RefusedInstruction }
                : problem.Failed ? new RuleHit(problem.Span, "variable expansion", problem.Message) { RuleIdOverride = DiagnosticIds.InternalError }
                : new RuleHit(problem.Span, problem.Message) { RuleIdOverride = DiagnosticIds.LimitExceeded });
        }
        var suppressions = DockerfileSuppressions.FromComments(document, diagnostics);
        return new ParsedDocument<DockerfileDocument>(document, diagnostics, suppressions);
    }

    private static void AddHits(IReadOnlyList<DockerfileDiagnostic> found, List<RuleHit> hits)
    {
        for (var n = 0; n < found.Count; n++) hits.Add(new RuleHit(found[n].Span, found[n].Args) { RuleIdOverride = found[n].Id });
    }
}
