namespace ContainerLint.Core.Reporting;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning, VS Code's SARIF viewer and other SARIF consumers. Every
/// finding is a result, suppressed ones with an in-source suppression; the rule descriptors of the
/// rules that have results come from the catalog. Results are serialised as they are read, one
/// file's findings at a time; only the header's rule and artifact lists are gathered first.
/// </summary>
public sealed class SarifReporter : IReporter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string SourceRootId = "%SRCROOT%";
    public const string FingerprintKey = "containerlint/v1";
    public const string InformationUri = "https://github.com/containerlint/containerlint";

    public void Write(LintReport report, TextWriter writer)
    {
        var log = Build(report);
        var settings = new JsonSerializerSettings
        {
            NullValueHandling = NullValueHandling.Ignore,
            Formatting = Formatting.Indented,
            ContractResolver = new DefaultContractResolver(),
        };
        var output = new ReportWriter(writer);
        using (var json = new JsonTextWriter(output) { CloseOutput = false })
        {
            JsonSerializer.Create(settings).Serialize(json, log);
        }

        output.Write('\n');
        output.Flush();
    }

    internal static SarifLog Build(LintReport report)
    {
        var totals = report.Findings.Totals;
        var ruleIds = totals.RuleIds;
        var ruleIndex = ruleIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var rules = ruleIds.Select(id => Descriptor(report.Catalog.Find(id), id)).ToList();

        var artifactPaths = report.Files.Select(f => f.Path).Concat(totals.Files).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var artifactIndex = artifactPaths.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        var kinds = report.Files.GroupBy(f => f.Path).ToDictionary(g => g.Key, g => g.First().Kind, StringComparer.Ordinal);
        var artifacts = artifactPaths
            .Select(p => new SarifArtifact(new SarifArtifactLocation(ToUri(p), SourceRootId), kinds.TryGetValue(p, out var k) ? Language(k) : null))
            .ToList();

        IReadOnlyDictionary<string, SarifArtifactLocation>? baseIds = report.RootDirectory is { } root
            ? new Dictionary<string, SarifArtifactLocation> { [SourceRootId] = new(RootUri(root)) }
            : null;

        var driver = new SarifDriver("ContainerLint", report.ToolVersion, report.ToolVersion, InformationUri, rules);
        var run = new SarifRun(new SarifTool(driver), [new SarifInvocation(report.ExecutionSuccessful)], baseIds, artifacts, Results(report, ruleIndex, artifactIndex), "utf16CodeUnits");
        return new SarifLog(SchemaUri, "2.1.0", [run]);
    }

    /// <summary>The results, read lazily while the serialiser writes them.</summary>
    private static IEnumerable<SarifResult> Results(LintReport report, Dictionary<string, int> ruleIndex, Dictionary<string, int> artifactIndex)
    {
        var sources = new RedactedSources(report);
        foreach (var file in report.Findings.ByFile())
        {
            // Fingerprint keys include the file, so counting occurrences per file is the same as counting over the run.
            var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var f in file)
            {
                var source = sources.Get(f.File, file);
                var location = new SarifArtifactLocation(ToUri(f.File), SourceRootId, artifactIndex[f.File]);
                var region = Region(f.Span, source);
                yield return new SarifResult(
                    f.RuleId,
                    ruleIndex[f.RuleId],
                    Level(f.Severity),
                    new SarifMessage(f.Message),
                    [new SarifLocation(new SarifPhysicalLocation(location, region, ContextRegion(f.Span, source)))],
                    new Dictionary<string, string> { [FingerprintKey] = Fingerprint(f, source, occurrences) },
                    f.Suppressed ? [new SarifSuppression("inSource", f.SuppressionJustification)] : null,
                    f.Fix is { } fix
                        ? [new SarifFix(new SarifMessage(fix.Description), [new SarifArtifactChange(location with { Index = null }, [new SarifReplacement(Region(fix.Span, null), new SarifArtifactContent(fix.Replacement))])])]
                        : null);
            }
        }
    }

    /// <summary>
    /// A fingerprint that survives unrelated edits: rule, file, the offending line's text with
    /// whitespace normalised, and which occurrence of that triple it is — never the line number.
    /// </summary>
    internal static string Fingerprint(Finding f, SourceText? source, Dictionary<string, int> occurrences)
    {
        var lineText = source is not null && f.Span.Line <= source.LineCount ? Normalise(source.GetLineString(f.Span.Line)) : f.Message;
        var key = string.Join('\u001f', f.RuleId, f.File, lineText);
        var occurrence = occurrences.TryGetValue(key, out var n) ? n + 1 : 1;
        occurrences[key] = occurrence;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexStringLower(hash, 0, 16) + ":" + occurrence.ToString(CultureInfo.InvariantCulture);
    }

    private static string Normalise(string line) => string.Join(' ', line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static SarifRegion Region(SourceSpan span, SourceText? source)
    {
        var snippet = source is not null && ShownText.RegionSnippet(source, span) is { } text ? new SarifArtifactContent(text) : null;

        return new SarifRegion(span.Line, span.Column, span.EndLine, Math.Max(span.EndColumn, span.Line == span.EndLine ? span.Column : 1), snippet);
    }

    /// <summary>The whole lines around the finding, so viewers can show it without the file.</summary>
    private static SarifRegion? ContextRegion(SourceSpan span, SourceText? source)
    {
        if (source is null || ShownText.ContextRegion(source, span) is not { } c) return null;
        return new SarifRegion(c.StartLine, c.StartColumn, c.EndLine, c.EndColumn, new SarifArtifactContent(c.Text));
    }

    private static SarifRule Descriptor(RuleMetadata? rule, string id)
    {
        if (rule is null)
        {
            return new SarifRule(id, id, new SarifMessage(id), new SarifMessage(id), new SarifMultiformatMessage(id, id),
                RuleCatalog.HelpBaseUri + id + ".md", new SarifConfiguration("warning", true), new SarifRuleProperties(["security", "container"], "5.0", "high", "warning"));
        }

        var tags = new List<string> { "security", "container" };
        tags.AddRange(rule.AppliesTo);
        tags.AddRange(rule.Nist80019.Select(s => "NIST-SP-800-190-" + s));
        tags.AddRange(rule.CisDocker.Select(s => "CIS-Docker-" + s));
        tags.AddRange(rule.CisKubernetes.Select(s => "CIS-Kubernetes-" + s));
        if (rule.Pss is { } pss) tags.Add("PSS-" + pss.Level);
        var full = rule.Rationale.Length > 0 ? rule.Rationale : rule.Title;
        return new SarifRule(
            rule.Id,
            rule.Name,
            new SarifMessage(Sentence(rule.Title)),
            new SarifMessage(Sentence(full)),
            new SarifMultiformatMessage(RuleDocumentation.RenderPlainHelp(rule) is { Length: > 0 } t ? t : rule.Title, RuleDocumentation.RenderPage(rule)),
            rule.HelpUri,
            new SarifConfiguration(Level(rule.DefaultSeverity), rule.EnabledByDefault),
            new SarifRuleProperties(tags.Distinct(StringComparer.Ordinal).ToList(), SecuritySeverity(rule.DefaultSeverity), "high", ProblemSeverity(rule.DefaultSeverity)));
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

    private static string Language(FileKind kind) => kind switch
    {
        FileKind.Dockerfile => "dockerfile",
        FileKind.MSBuild => "xml",
        _ => "yaml",
    };

    /// <summary>A relative URI reference for a display path: each segment percent-encoded, '/' kept.</summary>
    public static string ToUri(string displayPath) =>
        string.Join('/', displayPath.Split('/').Select(s => s is "." or ".." ? s : Uri.EscapeDataString(s)));

    private static string RootUri(string root)
    {
        var full = Path.GetFullPath(root);
        if (!full.EndsWith(Path.DirectorySeparatorChar)) full += Path.DirectorySeparatorChar;
        return new Uri(full).AbsoluteUri;
    }
}
