namespace ContainerLint.Core.Reporting;

using ContainerLint.Core.Model;

/// <summary>
/// Canonical MSBuild/VS error lines, <c>path(line,col,endLine,endCol): error CL1001: message</c>,
/// which IDEs, Azure Pipelines and MSBuild's own logger understand. Notes use the
/// <c>info</c> category. Suppressed findings are never written (the format cannot mark them).
/// </summary>
public sealed class MSBuildReporter : IReporter
{
    public void Write(LintReport report, TextWriter writer)
    {
        var output = new ReportWriter(writer);
        foreach (var f in report.UnsuppressedFindings)
        {
            output.Write(Format(f));
            output.Write('\n');
        }

        output.Flush();
    }

    public static string Format(Finding f)
    {
        var category = f.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        var s = f.Span;
        var message = f.Message.Replace('\r', ' ').Replace('\n', ' ');
        return $"{f.File}({s.Line},{s.Column},{s.EndLine},{s.EndColumn}): {category} {f.RuleId}: {message}";
    }
}
