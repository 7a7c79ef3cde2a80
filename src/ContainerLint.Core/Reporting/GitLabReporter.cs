namespace ContainerLint.Core.Reporting;

using ContainerLint.Core.Model;

/// <summary>
/// GitLab Code Quality (<c>artifacts:reports:codequality</c>): a JSON array with one issue per unsuppressed finding,
/// with the fields GitLab reads (<c>description</c>, <c>check_name</c>, <c>fingerprint</c>, <c>severity</c>,
/// <c>location.path</c>, <c>location.lines.begin</c>) and those of the Code Climate spec it is a subset of
/// (<c>type</c>, <c>categories</c>, <c>location.lines.end</c>). The fingerprint is SARIF's
/// (<see cref="FindingFingerprints"/>), unique per finding, since GitLab shows only the first issue of a fingerprint.
/// Severity: error → critical, warning → major, note → info. Streamed one file at a time.
/// </summary>
public sealed class GitLabReporter : IReporter
{
    public void Write(LintReport report, TextWriter writer)
    {
        var output = new ReportWriter(writer);
        var json = new IndentedJsonWriter(output);
        var sources = new RedactedSources(report);
        json.WriteStartArray();
        foreach (var file in report.Findings.ByFile())
        {
            foreach (var (f, fingerprint) in FindingFingerprints.OfFile(file, sources))
            {
                if (f.Suppressed) continue;
                json.WriteStartObject();
                Property(json, "type", "issue");
                Property(json, "check_name", f.RuleId);
                Property(json, "description", f.Message);
                json.WritePropertyName("categories");
                json.WriteStartArray();
                json.WriteValue("Security");
                json.WriteEndArray();
                Property(json, "fingerprint", fingerprint);
                Property(json, "severity", Severity(f.Severity));
                json.WritePropertyName("location");
                json.WriteStartObject();
                Property(json, "path", f.File);
                json.WritePropertyName("lines");
                json.WriteStartObject();
                json.WritePropertyName("begin");
                json.WriteValue(f.Span.Line);
                json.WritePropertyName("end");
                json.WriteValue(Math.Max(f.Span.Line, f.Span.EndLine));
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        output.Write('\n');
        output.Flush();
    }

    /// <summary>GitLab's scale is info, minor, major, critical, blocker; ours has three levels (README: severity policy).</summary>
    public static string Severity(Severity severity) => severity switch
    {
        Model.Severity.Error => "critical",
        Model.Severity.Warning => "major",
        _ => "info",
    };

    private static void Property(IndentedJsonWriter json, string name, string value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }
}
