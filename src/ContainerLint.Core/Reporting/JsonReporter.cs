namespace ContainerLint.Core.Reporting;

using ContainerLint.Core.Model;

/// <summary>
/// DESIGN.md's JSON output (schemaVersion 1; docs/containerlint-output.schema.json), each finding also carrying its
/// rule's help link and NIST/CIS/PSS ids. Written field
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
            foreach (var f in report.Visible(file)) WriteFinding(json, f, report.Catalog.Find(f.RuleId));
        }

        json.WriteEndArray();
        json.WriteEndObject();

        output.Write('\n');
        output.Flush();
    }

    private static void WriteFinding(IndentedJsonWriter json, Finding f, Catalog.RuleMetadata? rule)
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
        if (f.Baselined)
        {
            json.WritePropertyName("baselined");
            json.WriteValue(true);
        }

        if (rule is not null) WriteRuleReferences(json, rule);
        json.WriteEndObject();
    }

    /// <summary>
    /// What a reviewer needs without a second lookup (added in schemaVersion 1, optional): the rule's help page and its
    /// NIST SP 800-190, CIS Docker and CIS Kubernetes ids (empty arrays when it has none) and its Pod Security Standards
    /// check when it implements one, with the same names as <c>containerlint rules --format json</c>.
    /// </summary>
    private static void WriteRuleReferences(IndentedJsonWriter json, Catalog.RuleMetadata rule)
    {
        Property(json, "helpUri", rule.HelpUri);
        Array(json, "nist80019", rule.Nist80019);
        Array(json, "cisDocker", rule.CisDocker);
        Array(json, "cisKubernetes", rule.CisKubernetes);
        if (rule.Pss is not { } pss) return;
        json.WritePropertyName("pss");
        json.WriteStartObject();
        Property(json, "level", pss.Level);
        Property(json, "check", pss.Check);
        json.WriteEndObject();
    }

    private static void Array(IndentedJsonWriter json, string name, IEnumerable<string> values)
    {
        json.WritePropertyName(name);
        json.WriteStartArray();
        foreach (var value in values) json.WriteValue(value);
        json.WriteEndArray();
    }

    private static void Property(IndentedJsonWriter json, string name, string value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }
}
