namespace ContainerLint.Core.Reporting;

using System.Text;
using ContainerLint.Core.Model;

/// <summary>
/// GitHub Actions workflow commands: one <c>::error</c>/<c>::warning</c>/<c>::notice</c> line per
/// unsuppressed finding and nothing else, so the runner turns each into a PR annotation.
/// </summary>
public sealed class GitHubReporter : IReporter
{
    public void Write(LintReport report, TextWriter writer)
    {
        var output = new ReportWriter(writer);
        foreach (var f in report.UnsuppressedFindings)
        {
            var title = report.Catalog.Find(f.RuleId)?.Title is { } t ? $"{f.RuleId} {t}" : f.RuleId;
            output.Write(Format(f, title));
            output.Write('\n');
        }

        output.Flush();
    }

    public static string Format(Finding f, string title)
    {
        var command = f.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };
        var s = f.Span;
        var sb = new StringBuilder();
        sb.Append("::").Append(command).Append(' ');
        sb.Append("file=").Append(EscapeProperty(f.File));
        sb.Append(",line=").Append(s.Line);
        sb.Append(",endLine=").Append(s.EndLine);
        if (s.Line == s.EndLine)
        {
            // GitHub honours columns only within one line; its end column is inclusive.
            sb.Append(",col=").Append(s.Column);
            sb.Append(",endColumn=").Append(Math.Max(s.Column, s.EndColumn - 1));
        }

        sb.Append(",title=").Append(EscapeProperty(title));
        sb.Append("::").Append(EscapeData(f.Message));
        return sb.ToString();
    }

    /// <summary>Escapes a command's message (as @actions/core's escapeData does); other control characters are written as escapes, so an annotation cannot carry terminal sequences.</summary>
    public static string EscapeData(string value) =>
        ShownText.Escape(value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal));

    /// <summary>Escapes a property value (as @actions/core's escapeProperty does).</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
