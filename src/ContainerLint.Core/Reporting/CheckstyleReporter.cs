namespace ContainerLint.Core.Reporting;

using System.Text;
using System.Xml;
using ContainerLint.Core.Model;

/// <summary>
/// Checkstyle XML (<c>&lt;checkstyle&gt;&lt;file name&gt;&lt;error line column severity message source/&gt;</c>),
/// read by Jenkins' Warnings NG, GitLab and reviewdog. Every linted file is listed, as Checkstyle does.
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
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        var byFile = report.VisibleFindings.GroupBy(f => f.File).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var files = report.Files.Select(f => f.Path).Concat(byFile.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        using (var xml = XmlWriter.Create(writer, settings))
        {
            xml.WriteStartElement("checkstyle");
            xml.WriteAttributeString("version", "4.3");
            foreach (var path in files)
            {
                xml.WriteStartElement("file");
                xml.WriteAttributeString("name", path);
                foreach (var f in byFile.GetValueOrDefault(path) ?? [])
                {
                    xml.WriteStartElement("error");
                    xml.WriteAttributeString("line", f.Span.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("column", f.Span.Column.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("severity", f.Suppressed ? "ignore" : Severity(f.Severity));
                    xml.WriteAttributeString("message", f.Message);
                    xml.WriteAttributeString("source", "containerlint." + f.RuleId);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        writer.Write('\n');
    }

    private static string Severity(Severity severity) => severity switch
    {
        Model.Severity.Error => "error",
        Model.Severity.Warning => "warning",
        _ => "info",
    };
}
