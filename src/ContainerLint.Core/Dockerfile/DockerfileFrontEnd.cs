namespace ContainerLint.Core.Dockerfile;

using ContainerLint.Core.Dockerfile.Rules;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;

/// <summary>The Dockerfile front end: BuildKit-faithful parsing, parse diagnostics (CL0002/3/4/10/11) and inline suppressions.</summary>
public static class DockerfileFrontEnd
{
    public static FrontEnd Create() => Create(DockerfileRules.All);

    public static FrontEnd Create(IReadOnlyList<Rule<DockerfileDocument>> rules) => new FrontEnd<DockerfileDocument>(FileKind.Dockerfile, Parse, rules) { Facts = CrossFile.DockerfileFactExtractor.Extract };

    /// <summary>Parses one input. Never throws; a fatal parse error gives no document and one error diagnostic at its position.</summary>
    public static ParsedDocument<DockerfileDocument> Parse(LintInput input)
    {
        var parsed = DockerfileParser.Parse(input.Text);
        var diagnostics = parsed.Diagnostics
            .Select(d => new RuleHit(d.Span, d.Args) { RuleIdOverride = d.Id })
            .ToList();
        if (!parsed.Succeeded) return new ParsedDocument<DockerfileDocument>(null, diagnostics, []);

        var document = new DockerfileDocument(parsed, input.Path, input.DockerIgnore);

        // A word past an expansion limit, or whose expansion failed, is reported on that word; the file is still linted.
        foreach (var problem in document.Stages.ExpansionProblems)
        {
            diagnostics.Add(problem.Failed
                ? new RuleHit(problem.Span, "variable expansion", problem.Message) { RuleIdOverride = DiagnosticIds.InternalError }
                : new RuleHit(problem.Span, problem.Message) { RuleIdOverride = DiagnosticIds.LimitExceeded });
        }
        var suppressions = DockerfileSuppressions.FromComments(document, diagnostics);
        return new ParsedDocument<DockerfileDocument>(document, diagnostics, suppressions);
    }
}
