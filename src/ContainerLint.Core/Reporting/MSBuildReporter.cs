namespace ContainerLint.Core.Reporting;

using ContainerLint.Core.Model;

/// <summary>
/// Canonical MSBuild/VS error lines, <c>path(line,col,endLine,endCol): error CL1001: message</c>,
/// which IDEs, Azure Pipelines and MSBuild's own logger understand. Notes use the
/// <c>info</c> category. Suppressed findings are written only with <c>--include-suppressed</c>, as
/// <c>info</c> lines that say so (they must not fail a build). Control characters in paths and
/// messages are escaped, so a file name cannot forge a line.
/// </summary>
public sealed class MSBuildReporter : IReporter
{
    public void Write(LintReport report, TextWriter writer)
    {
        var output = new ReportWriter(writer);
        foreach (var f in report.VisibleFindings)
        {
            output.Write(Format(f));
            output.Write('\n');
        }

        output.Flush();
    }

    public static string Format(Finding f)
    {
        var category = f.Suppressed ? "info" : f.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        var s = f.Span;
        var message = ShownText.Escape(f.Message.Replace('\r', ' ').Replace('\n', ' '));
        if (f.Suppressed) message += f.SuppressionJustification is { Length: > 0 } j ? $" (suppressed: {ShownText.Escape(j)})" : " (suppressed)";
        return $"{ShownText.Escape(f.File)}({s.Line},{s.Column},{s.EndLine},{s.EndColumn}): {category} {f.RuleId}: {message}";
    }
}
