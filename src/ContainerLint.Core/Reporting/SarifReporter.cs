namespace ContainerLint.Core.Reporting;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning, VS Code's SARIF viewer and other SARIF consumers. Every
/// finding is a result, suppressed ones with an in-source suppression; the rule descriptors of the
/// rules that have results come from the catalog. Written token by token with <see cref="IndentedJsonWriter"/>
/// (no reflection, so a trimmed Native AOT build writes the same bytes), one file's findings
/// at a time; only the header's rule and artifact lists are gathered first. Absent values are left
/// out; property order and layout are those of the reflection serializer this writer replaced
/// (SarifWriterTests compares the two byte for byte).
/// </summary>
public sealed class SarifReporter : IReporter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string SourceRootId = "%SRCROOT%";
    public const string FingerprintKey = "containerlint/v1";
    public const string InformationUri = "https://github.com/containerlint/containerlint";
    private const string ColumnKind = "utf16CodeUnits";

    public void Write(LintReport report, TextWriter writer)
    {
        var output = new ReportWriter(writer);
        WriteLog(new IndentedJsonWriter(output), report);
        output.Write('\n');
        output.Flush();
    }

    private static void WriteLog(IndentedJsonWriter json, LintReport report)
    {
        var totals = report.Findings.Totals;
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in totals.RuleIds) ruleIndex.Add(id, ruleIndex.Count);

        var artifactPaths = report.Files.Select(f => f.Path).Concat(totals.Files).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var artifactIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in artifactPaths) artifactIndex.Add(path, artifactIndex.Count);
        var kinds = new Dictionary<string, FileKind>(StringComparer.Ordinal);
        foreach (var file in report.Files) kinds.TryAdd(file.Path, file.Kind);

        json.WriteStartObject();
        Property(json, "$schema", SchemaUri);
        Property(json, "version", "2.1.0");
        json.WritePropertyName("runs");
        json.WriteStartArray();
        json.WriteStartObject();

        json.WritePropertyName("tool");
        json.WriteStartObject();
        json.WritePropertyName("driver");
        json.WriteStartObject();
        Property(json, "name", "ContainerLint");
        Property(json, "version", report.ToolVersion);
        Property(json, "semanticVersion", report.ToolVersion);
        Property(json, "informationUri", InformationUri);
        json.WritePropertyName("rules");
        json.WriteStartArray();
        foreach (var id in totals.RuleIds) WriteRule(json, Descriptor(report.Catalog.Find(id), id));
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WritePropertyName("invocations");
        json.WriteStartArray();
        json.WriteStartObject();
        json.WritePropertyName("executionSuccessful");
        json.WriteValue(report.ExecutionSuccessful);
        json.WriteEndObject();
        json.WriteEndArray();

        if (report.RootDirectory is { } root)
        {
            json.WritePropertyName("originalUriBaseIds");
            json.WriteStartObject();
            json.WritePropertyName(SourceRootId);
            json.WriteStartObject();
            Property(json, "uri", RootUri(root));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WritePropertyName("artifacts");
        json.WriteStartArray();
        foreach (var path in artifactPaths)
        {
            json.WriteStartObject();
            json.WritePropertyName("location");
            WriteArtifactLocation(json, path, index: null);
            if (kinds.TryGetValue(path, out var kind)) Property(json, "sourceLanguage", Language(kind));
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WritePropertyName("results");
        json.WriteStartArray();
        WriteResults(json, report, ruleIndex, artifactIndex);
        json.WriteEndArray();

        Property(json, "columnKind", ColumnKind);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The results, read one file at a time as they are written.</summary>
    private static void WriteResults(IndentedJsonWriter json, LintReport report, Dictionary<string, int> ruleIndex, Dictionary<string, int> artifactIndex)
    {
        var sources = new RedactedSources(report);
        foreach (var file in report.Findings.ByFile())
        {
            // Fingerprint keys include the file, so counting occurrences per file is the same as counting over the run.
            var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var f in file)
            {
                var source = sources.Get(f.File, file);
                json.WriteStartObject();
                Property(json, "ruleId", f.RuleId);
                json.WritePropertyName("ruleIndex");
                json.WriteValue(ruleIndex[f.RuleId]);
                Property(json, "level", Level(f.Severity));
                Message(json, "message", f.Message);

                json.WritePropertyName("locations");
                json.WriteStartArray();
                json.WriteStartObject();
                json.WritePropertyName("physicalLocation");
                json.WriteStartObject();
                json.WritePropertyName("artifactLocation");
                WriteArtifactLocation(json, f.File, artifactIndex[f.File]);
                json.WritePropertyName("region");
                WriteRegion(json, Region(f.Span, source));
                if (ContextRegion(f.Span, source) is { } context)
                {
                    json.WritePropertyName("contextRegion");
                    WriteRegion(json, context);
                }

                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();

                json.WritePropertyName("partialFingerprints");
                json.WriteStartObject();
                Property(json, FingerprintKey, FindingFingerprints.Of(f, source, occurrences));
                json.WriteEndObject();

                // With a baseline, a result it accepts is "unchanged" (and suppressed externally, so code scanning keeps it closed); any other is "new".
                if (report.BaselineApplied) Property(json, "baselineState", f.Baselined ? "unchanged" : "new");
                if (f.Suppressed)
                {
                    json.WritePropertyName("suppressions");
                    json.WriteStartArray();
                    json.WriteStartObject();
                    Property(json, "kind", f.Baselined ? "external" : "inSource");
                    if (f.SuppressionJustification is { } justification) Property(json, "justification", justification);
                    json.WriteEndObject();
                    json.WriteEndArray();
                }

                if (f.Fix is { } fix) WriteFix(json, f.File, fix);
                json.WriteEndObject();
            }
        }
    }

    private static void WriteFix(IndentedJsonWriter json, string file, Fix fix)
    {
        json.WritePropertyName("fixes");
        json.WriteStartArray();
        json.WriteStartObject();
        Message(json, "description", fix.Description);
        json.WritePropertyName("artifactChanges");
        json.WriteStartArray();
        json.WriteStartObject();
        json.WritePropertyName("artifactLocation");
        WriteArtifactLocation(json, file, index: null);
        json.WritePropertyName("replacements");
        json.WriteStartArray();
        foreach (var edit in fix.Edits)
        {
            json.WriteStartObject();
            json.WritePropertyName("deletedRegion");
            WriteRegion(json, Region(edit.Span, null));
            Message(json, "insertedContent", edit.Replacement);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteRule(IndentedJsonWriter json, SarifRuleDescriptor rule)
    {
        json.WriteStartObject();
        Property(json, "id", rule.Id);
        Property(json, "name", rule.Name);
        Message(json, "shortDescription", rule.ShortDescription);
        Message(json, "fullDescription", rule.FullDescription);
        json.WritePropertyName("help");
        json.WriteStartObject();
        Property(json, "text", rule.HelpText);
        Property(json, "markdown", rule.HelpMarkdown);
        json.WriteEndObject();
        Property(json, "helpUri", rule.HelpUri);
        json.WritePropertyName("defaultConfiguration");
        json.WriteStartObject();
        Property(json, "level", rule.Level);
        json.WritePropertyName("enabled");
        json.WriteValue(rule.Enabled);
        json.WriteEndObject();
        json.WritePropertyName("properties");
        json.WriteStartObject();
        json.WritePropertyName("tags");
        json.WriteStartArray();
        foreach (var tag in rule.Tags) json.WriteValue(tag);
        json.WriteEndArray();
        Property(json, "security-severity", rule.SecuritySeverity);
        Property(json, "precision", "high");
        Property(json, "problem.severity", rule.ProblemSeverity);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteArtifactLocation(IndentedJsonWriter json, string displayPath, int? index)
    {
        json.WriteStartObject();
        Property(json, "uri", ToUri(displayPath));
        Property(json, "uriBaseId", SourceRootId);
        if (index is { } i)
        {
            json.WritePropertyName("index");
            json.WriteValue(i);
        }

        json.WriteEndObject();
    }

    private static void WriteRegion(IndentedJsonWriter json, SarifRegionValue region)
    {
        json.WriteStartObject();
        json.WritePropertyName("startLine");
        json.WriteValue(region.StartLine);
        json.WritePropertyName("startColumn");
        json.WriteValue(region.StartColumn);
        json.WritePropertyName("endLine");
        json.WriteValue(region.EndLine);
        json.WritePropertyName("endColumn");
        json.WriteValue(region.EndColumn);
        if (region.Snippet is { } snippet) Message(json, "snippet", snippet);
        json.WriteEndObject();
    }

    /// <summary><c>"name": { "text": text }</c>: SARIF's message, artifactContent and multiformat text objects.</summary>
    private static void Message(IndentedJsonWriter json, string name, string text)
    {
        json.WritePropertyName(name);
        json.WriteStartObject();
        Property(json, "text", text);
        json.WriteEndObject();
    }

    private static void Property(IndentedJsonWriter json, string name, string value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    /// <summary>A finding's region, with the (redacted) source text under it as its snippet.</summary>
    internal static SarifRegionValue Region(SourceSpan span, SourceText? source)
    {
        var snippet = source is not null ? ShownText.RegionSnippet(source, span) : null;
        return new SarifRegionValue(span.Line, span.Column, span.EndLine, Math.Max(span.EndColumn, span.Line == span.EndLine ? span.Column : 1), snippet);
    }

    /// <summary>The whole lines around the finding, so viewers can show it without the file.</summary>
    internal static SarifRegionValue? ContextRegion(SourceSpan span, SourceText? source)
    {
        if (source is null || ShownText.ContextRegion(source, span) is not { } c) return null;
        return new SarifRegionValue(c.StartLine, c.StartColumn, c.EndLine, c.EndColumn, c.Text);
    }

    /// <summary>A rule's descriptor from the catalog; a rule the catalog does not know gets its id for every text.</summary>
    internal static SarifRuleDescriptor Descriptor(RuleMetadata? rule, string id)
    {
        if (rule is null)
        {
            return new SarifRuleDescriptor(id, id, id, id, id, id, RuleCatalog.HelpBaseUri + id + ".md", "warning", true, ["security", "container"], "5.0", "warning");
        }

        var tags = new List<string> { "security", "container" };
        tags.AddRange(rule.AppliesTo);
        tags.AddRange(rule.Nist80019.Select(s => "NIST-SP-800-190-" + s));
        tags.AddRange(rule.CisDocker.Select(s => "CIS-Docker-" + s));
        tags.AddRange(rule.CisKubernetes.Select(s => "CIS-Kubernetes-" + s));
        if (rule.Pss is { } pss) tags.Add("PSS-" + pss.Level);
        var full = rule.Rationale.Length > 0 ? rule.Rationale : rule.Title;
        return new SarifRuleDescriptor(
            rule.Id,
            rule.Name,
            Sentence(rule.Title),
            Sentence(full),
            RuleDocumentation.RenderPlainHelp(rule) is { Length: > 0 } t ? t : rule.Title,
            RuleDocumentation.RenderPage(rule),
            rule.HelpUri,
            Level(rule.DefaultSeverity),
            rule.EnabledByDefault,
            tags.Distinct(StringComparer.Ordinal).ToList(),
            SecuritySeverity(rule.DefaultSeverity),
            ProblemSeverity(rule.DefaultSeverity));
    }

    private static string Sentence(string text)
    {
        text = text.Trim();
        return text.EndsWith('.') ? text : text + ".";
    }

    /// <summary>GitHub's scale: 9.0+ critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low.</summary>
    public static string SecuritySeverity(Severity severity) => severity switch
    {
        Severity.Error => "8.0",
        Severity.Warning => "5.5",
        _ => "2.0",
    };

    private static string ProblemSeverity(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "recommendation",
    };

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Note => "note",
        _ => "none",
    };

    internal static string Language(FileKind kind) => kind switch
    {
        FileKind.Dockerfile => "dockerfile",
        FileKind.MSBuild => "xml",
        _ => "yaml",
    };

    /// <summary>A relative URI reference for a display path: each segment percent-encoded, '/' kept.</summary>
    public static string ToUri(string displayPath) =>
        string.Join('/', displayPath.Split('/').Select(s => s is "." or ".." ? s : Uri.EscapeDataString(s)));

    internal static string RootUri(string root)
    {
        var full = Path.GetFullPath(root);
        if (!full.EndsWith(Path.DirectorySeparatorChar)) full += Path.DirectorySeparatorChar;
        return new Uri(full).AbsoluteUri;
    }
}

/// <summary>A SARIF region: 1-based lines and UTF-16 columns, and the source text under it when there is one.</summary>
internal readonly record struct SarifRegionValue(int StartLine, int StartColumn, int EndLine, int EndColumn, string? Snippet);

/// <summary>What a SARIF reportingDescriptor says about one rule.</summary>
internal sealed record SarifRuleDescriptor(
    string Id,
    string Name,
    string ShortDescription,
    string FullDescription,
    string HelpText,
    string HelpMarkdown,
    string HelpUri,
    string Level,
    bool Enabled,
    IReadOnlyList<string> Tags,
    string SecuritySeverity,
    string ProblemSeverity);
