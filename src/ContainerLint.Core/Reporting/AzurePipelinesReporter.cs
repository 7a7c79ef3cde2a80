namespace ContainerLint.Core.Reporting;

using System.Text;
using ContainerLint.Core.Model;

/// <summary>
/// Azure Pipelines logging commands: one <c>##vso[task.logissue type=error|warning;sourcepath=…;linenumber=…;columnnumber=…;code=CL…]message</c>
/// line per unsuppressed error or warning, and nothing else. Azure has no note level: notes are left out (they are in the
/// text, JSON and SARIF reports). Every property value and the message are escaped as the agent expects
/// (<c>%</c> → <c>%AZP25</c>, <c>;</c> → <c>%3B</c>, <c>\r</c> → <c>%0D</c>, <c>\n</c> → <c>%0A</c>, <c>]</c> → <c>%5D</c>;
/// other control characters as <see cref="ShownText"/> escapes), so no message or path can end the command early,
/// add a property or start a second command.
/// </summary>
public sealed class AzurePipelinesReporter : IReporter
{
    public void Write(LintReport report, TextWriter writer)
    {
        var output = new ReportWriter(writer);
        foreach (var f in report.UnsuppressedFindings)
        {
            if (f.Severity is not (Severity.Error or Severity.Warning)) continue;
            output.Write(Format(f));
            output.Write('\n');
        }

        output.Flush();
    }

    public static string Format(Finding f)
    {
        var sb = new StringBuilder("##vso[task.logissue type=");
        sb.Append(f.Severity == Severity.Error ? "error" : "warning");
        sb.Append(";sourcepath=").Append(Escape(f.File));
        sb.Append(";linenumber=").Append(f.Span.Line);
        sb.Append(";columnnumber=").Append(f.Span.Column);
        sb.Append(";code=").Append(Escape(f.RuleId));
        sb.Append(']').Append(Escape(f.Message));
        return sb.ToString();
    }

    /// <summary>Escapes a property value or message for a <c>##vso[…]</c> command (the agent decodes the same five sequences).</summary>
    public static string Escape(string value) =>
        ShownText.Escape(value
            .Replace("%", "%AZP25", StringComparison.Ordinal)
            .Replace(";", "%3B", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal)
            .Replace("]", "%5D", StringComparison.Ordinal));
}
