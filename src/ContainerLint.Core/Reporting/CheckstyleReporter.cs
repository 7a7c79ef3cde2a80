namespace ContainerLint.Core.Reporting;

using System.Text;
using System.Xml;
using ContainerLint.Core.Model;

/// <summary>
/// Checkstyle XML (<c>&lt;checkstyle&gt;&lt;file name&gt;&lt;error line column severity message source/&gt;</c>),
/// read by Jenkins' Warnings NG, GitLab and reviewdog. Every linted file is listed, as Checkstyle does.
/// Control characters are escaped as text (<see cref="ShownText"/>): XML 1.0 cannot carry most of them at all.
/// </summary>
public sealed class CheckstyleReporter : IReporter
{
    public void Write(LintReport report, TextWriter writer)
    {
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            Encoding = new UTF8Encoding(false),
            OmitXmlDeclaration = true,
        };
        var output = new ReportWriter(writer);
        output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        using (var xml = XmlWriter.Create(output, settings))
        {
            xml.WriteStartElement("checkstyle");
            xml.WriteAttributeString("version", "4.3");
            foreach (var (path, findings) in Files(report))
            {
                xml.WriteStartElement("file");
                xml.WriteAttributeString("name", ShownText.Escape(path));
                foreach (var f in findings)
                {
                    xml.WriteStartElement("error");
                    xml.WriteAttributeString("line", f.Span.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("column", f.Span.Column.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("severity", f.Suppressed ? "ignore" : Severity(f.Severity));
                    xml.WriteAttributeString("message", ShownText.Escape(f.Message));
                    xml.WriteAttributeString("source", "containerlint." + f.RuleId);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        output.Write('\n');
        output.Flush();
    }

    /// <summary>
    /// Every linted file and every file with visible findings, in ordinal path order, each with its
    /// visible findings: a merge of the (small) file list with the findings streamed file by file.
    /// </summary>
    private static IEnumerable<(string Path, IReadOnlyList<Finding> Findings)> Files(LintReport report)
    {
        var linted = report.Files.Select(f => f.Path).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        using var groups = report.Findings.ByFile()
            .Select(g => (Path: g[0].File, Findings: (IReadOnlyList<Finding>)report.Visible(g).ToList()))
            .Where(g => g.Findings.Count > 0)
            .GetEnumerator();
        var hasGroup = groups.MoveNext();
        var i = 0;
        while (i < linted.Count || hasGroup)
        {
            if (hasGroup && (i >= linted.Count || string.CompareOrdinal(groups.Current.Path, linted[i]) <= 0))
            {
                if (i < linted.Count && string.Equals(groups.Current.Path, linted[i], StringComparison.Ordinal)) i++;
                yield return groups.Current;
                hasGroup = groups.MoveNext();
            }
            else
            {
                yield return (linted[i++], []);
            }
        }
    }

    private static string Severity(Severity severity) => severity switch
    {
        Model.Severity.Error => "error",
        Model.Severity.Warning => "warning",
        _ => "info",
    };
}
