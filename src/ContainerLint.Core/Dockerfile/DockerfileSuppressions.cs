namespace ContainerLint.Core.Dockerfile;

using ContainerLint.Core.Engine;
using ContainerLint.Core.Rules;

/// <summary>
/// Inline suppressions of Dockerfiles. A comment <c># containerlint ignore=CL1001,CL1002 -- reason</c>
/// silences those ids on the next instruction: its whole line range, continuation lines and heredoc
/// bodies included. <c># containerlint ignore-file=CL1001 -- reason</c> silences them in the whole file.
/// Findings about something missing are reported at a FROM (e.g. no USER in the final stage, at
/// the final stage's FROM), so put the comment directly above that FROM to silence them.
/// <c># hadolint ignore=</c> comments are deliberately not honoured. A comment starting with
/// <c>containerlint</c> that does not have this shape is reported as CL0008.
/// </summary>
public static class DockerfileSuppressions
{
    public static IReadOnlyList<Suppression> FromComments(DockerfileDocument document, List<RuleHit> diagnostics)
    {
        var result = new List<Suppression>();
        var instructions = document.Instructions;
        foreach (var comment in document.Comments)
        {
            if (comment.IsDirective || !comment.TextSpan.StartsWith("containerlint", StringComparison.OrdinalIgnoreCase)) continue;
            if (SuppressionDirective.Parse(comment.Text, out var problem) is not { } directive)
            {
                diagnostics.Add(new RuleHit(comment.Span, problem!) { RuleIdOverride = DiagnosticIds.MalformedSuppression });
                continue;
            }

            if (directive.WholeFile)
            {
                result.Add(Suppression.WholeFile(directive.RuleIds, directive.Reason, comment.Span) with { Until = directive.Until });
                continue;
            }

            var target = NextInstruction(instructions, comment.Span.Line);
            if (target is null)
            {
                diagnostics.Add(new RuleHit(comment.Span, comment.Text + " (no instruction follows it)") { RuleIdOverride = DiagnosticIds.MalformedSuppression });
                continue;
            }

            result.Add(new Suppression(directive.RuleIds, target.StartLine, target.EndLine, directive.Reason, comment.Span) { Until = directive.Until });
        }

        return result;
    }

    /// <summary>The first instruction starting after a line (binary search: instructions are in line order).</summary>
    private static Instruction? NextInstruction(IReadOnlyList<Instruction> instructions, int line)
    {
        int lo = 0, hi = instructions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (instructions[mid].StartLine > line) hi = mid;
            else lo = mid + 1;
        }

        return lo < instructions.Count ? instructions[lo] : null;
    }
}
