namespace ContainerLint.Core.Reporting;

using ContainerLint.Core.Model;

/// <summary>
/// DESIGN.md's JSON output (schemaVersion 1; docs/containerlint-output.schema.json). Written field
/// by field in a fixed order with no timing data, so the same input always gives the same bytes.
/// Findings are streamed one file at a time, never held all at once.
/// </summary>
public sealed class JsonReporter : IReporter
{
    public const int SchemaVersion = 1;

    public void Write(LintReport report, TextWriter writer)
    {
        var output = new ReportWriter(writer);
        var json = new IndentedJsonWriter(output);
        {
            json.WriteStartObject();
            json.WritePropertyName("schemaVersion");
            json.WriteValue(SchemaVersion);
            json.WritePropertyName("tool");
            json.WriteStartObject();
            json.WritePropertyName("name");
            json.WriteValue(report.ToolName);
            json.WritePropertyName("version");
            json.WriteValue(report.ToolVersion);
            json.WriteEndObject();

            json.WritePropertyName("files");
            json.WriteStartArray();
            foreach (var file in report.Files)
            {
                json.WriteStartObject();
                json.WritePropertyName("path");
                json.WriteValue(file.Path);
                json.WritePropertyName("kind");
                json.WriteValue(file.Kind.ToName());
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WritePropertyName("findings");
            json.WriteStartArray();
            foreach (var file in report.Findings.ByFile())
            {
                foreach (var f in report.Visible(file)) WriteFinding(json, f);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write('\n');
        output.Flush();
    }

    private static void WriteFinding(IndentedJsonWriter json, Finding f)
    {
        json.WriteStartObject();
        Property(json, "ruleId", f.RuleId);
        Property(json, "severity", f.Severity.ToName());
        Property(json, "message", f.Message);
        Property(json, "file", f.File);
        json.WritePropertyName("line");
        json.WriteValue(f.Span.Line);
        json.WritePropertyName("column");
        json.WriteValue(f.Span.Column);
        json.WritePropertyName("endLine");
        json.WriteValue(f.Span.EndLine);
        json.WritePropertyName("endColumn");
        json.WriteValue(f.Span.EndColumn);
        if (f.Object is not null) Property(json, "object", f.Object);
        if (f.Container is not null) Property(json, "container", f.Container);
        json.WritePropertyName("suppressed");
        json.WriteValue(f.Suppressed);
        if (f.Suppressed && f.SuppressionJustification is not null) Property(json, "justification", f.SuppressionJustification);
        json.WriteEndObject();
    }

    private static void Property(IndentedJsonWriter json, string name, string value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }
}
