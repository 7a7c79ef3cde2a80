namespace ContainerLint.Core.Tests.Reporting;

using ContainerLint.Core.Model;
using ContainerLint.Core.Reporting;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

/// <summary>
/// The test oracle for <see cref="SarifReporter"/>: the typed model and reflection serialisation the
/// reporter used before it became a streaming writer (a trimmed Native AOT build turned that into
/// <c>{}</c>). It takes every value (descriptors, regions, snippets, fingerprints) from the reporter's
/// own helpers, so a difference between the two outputs is a difference in how the JSON is written.
/// </summary>
internal static class SarifReference
{
    public static string Write(LintReport report)
    {
        var settings = new JsonSerializerSettings
        {
            NullValueHandling = NullValueHandling.Ignore,
            Formatting = Formatting.Indented,
            ContractResolver = new DefaultContractResolver(),
        };
        var output = new StringWriter { NewLine = "\n" };
        using (var json = new JsonTextWriter(output) { CloseOutput = false })
        {
            JsonSerializer.Create(settings).Serialize(json, Build(report));
        }

        output.Write('\n');
        return output.ToString();
    }

    private static SarifLog Build(LintReport report)
    {
        var totals = report.Findings.Totals;
        var ruleIds = totals.RuleIds;
        var ruleIndex = ruleIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var rules = ruleIds.Select(id => Rule(SarifReporter.Descriptor(report.Catalog.Find(id), id))).ToList();

        var artifactPaths = report.Files.Select(f => f.Path).Concat(totals.Files).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var artifactIndex = artifactPaths.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        var kinds = report.Files.GroupBy(f => f.Path).ToDictionary(g => g.Key, g => g.First().Kind, StringComparer.Ordinal);
        var artifacts = artifactPaths
            .Select(p => new SarifArtifact(new SarifArtifactLocation(SarifReporter.ToUri(p), SarifReporter.SourceRootId), kinds.TryGetValue(p, out var k) ? SarifReporter.Language(k) : null))
            .ToList();

        IReadOnlyDictionary<string, SarifArtifactLocation>? baseIds = report.RootDirectory is { } root
            ? new Dictionary<string, SarifArtifactLocation> { [SarifReporter.SourceRootId] = new(SarifReporter.RootUri(root)) }
            : null;

        var driver = new SarifDriver("ContainerLint", report.ToolVersion, report.ToolVersion, SarifReporter.InformationUri, rules);
        var run = new SarifRun(new SarifTool(driver), [new SarifInvocation(report.ExecutionSuccessful)], baseIds, artifacts, Results(report, ruleIndex, artifactIndex), "utf16CodeUnits");
        return new SarifLog(SarifReporter.SchemaUri, "2.1.0", [run]);
    }

    private static IEnumerable<SarifResult> Results(LintReport report, Dictionary<string, int> ruleIndex, Dictionary<string, int> artifactIndex)
    {
        var sources = new RedactedSources(report);
        foreach (var file in report.Findings.ByFile())
        {
            var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var f in file)
            {
                var source = sources.Get(f.File, file);
                var location = new SarifArtifactLocation(SarifReporter.ToUri(f.File), SarifReporter.SourceRootId, artifactIndex[f.File]);
                var region = Region(SarifReporter.Region(f.Span, source));
                var context = SarifReporter.ContextRegion(f.Span, source) is { } c ? Region(c) : null;
                yield return new SarifResult(
                    f.RuleId,
                    ruleIndex[f.RuleId],
                    SarifReporter.Level(f.Severity),
                    new SarifMessage(f.Message),
                    [new SarifLocation(new SarifPhysicalLocation(location, region, context))],
                    new Dictionary<string, string> { [SarifReporter.FingerprintKey] = FindingFingerprints.Of(f, source, occurrences) },
                    f.Suppressed ? [new SarifSuppression("inSource", f.SuppressionJustification)] : null,
                    f.Fix is { } fix
                        ? [new SarifFix(new SarifMessage(fix.Description), [new SarifArtifactChange(location with { Index = null }, [.. fix.Edits.Select(e => new SarifReplacement(Region(SarifReporter.Region(e.Span, null)), new SarifArtifactContent(e.Replacement)))])])]
                        : null);
            }
        }
    }

    private static SarifRegion Region(SarifRegionValue r) =>
        new(r.StartLine, r.StartColumn, r.EndLine, r.EndColumn, r.Snippet is { } s ? new SarifArtifactContent(s) : null);

    private static SarifRule Rule(SarifRuleDescriptor d) => new(
        d.Id, d.Name, new SarifMessage(d.ShortDescription), new SarifMessage(d.FullDescription), new SarifMultiformatMessage(d.HelpText, d.HelpMarkdown),
        d.HelpUri, new SarifConfiguration(d.Level, d.Enabled), new SarifRuleProperties(d.Tags, d.SecuritySeverity, "high", d.ProblemSeverity));
}

// The model, as it was in ContainerLint.Core: property names follow the spec; nulls are left out when serialised.

internal sealed record SarifLog(
    [property: JsonProperty("$schema")] string Schema,
    [property: JsonProperty("version")] string Version,
    [property: JsonProperty("runs")] IReadOnlyList<SarifRun> Runs);

internal sealed record SarifRun(
    [property: JsonProperty("tool")] SarifTool Tool,
    [property: JsonProperty("invocations")] IReadOnlyList<SarifInvocation> Invocations,
    [property: JsonProperty("originalUriBaseIds")] IReadOnlyDictionary<string, SarifArtifactLocation>? OriginalUriBaseIds,
    [property: JsonProperty("artifacts")] IReadOnlyList<SarifArtifact> Artifacts,
    [property: JsonProperty("results")] IEnumerable<SarifResult> Results,
    [property: JsonProperty("columnKind")] string ColumnKind);

internal sealed record SarifTool([property: JsonProperty("driver")] SarifDriver Driver);

internal sealed record SarifDriver(
    [property: JsonProperty("name")] string Name,
    [property: JsonProperty("version")] string Version,
    [property: JsonProperty("semanticVersion")] string SemanticVersion,
    [property: JsonProperty("informationUri")] string InformationUri,
    [property: JsonProperty("rules")] IReadOnlyList<SarifRule> Rules);

internal sealed record SarifRule(
    [property: JsonProperty("id")] string Id,
    [property: JsonProperty("name")] string Name,
    [property: JsonProperty("shortDescription")] SarifMessage ShortDescription,
    [property: JsonProperty("fullDescription")] SarifMessage FullDescription,
    [property: JsonProperty("help")] SarifMultiformatMessage Help,
    [property: JsonProperty("helpUri")] string HelpUri,
    [property: JsonProperty("defaultConfiguration")] SarifConfiguration DefaultConfiguration,
    [property: JsonProperty("properties")] SarifRuleProperties Properties);

internal sealed record SarifConfiguration([property: JsonProperty("level")] string Level, [property: JsonProperty("enabled")] bool Enabled);

internal sealed record SarifRuleProperties(
    [property: JsonProperty("tags")] IReadOnlyList<string> Tags,
    [property: JsonProperty("security-severity")] string SecuritySeverity,
    [property: JsonProperty("precision")] string Precision,
    [property: JsonProperty("problem.severity")] string ProblemSeverity);

internal sealed record SarifMessage([property: JsonProperty("text")] string Text);

internal sealed record SarifMultiformatMessage([property: JsonProperty("text")] string Text, [property: JsonProperty("markdown")] string Markdown);

internal sealed record SarifInvocation([property: JsonProperty("executionSuccessful")] bool ExecutionSuccessful);

internal sealed record SarifArtifact(
    [property: JsonProperty("location")] SarifArtifactLocation Location,
    [property: JsonProperty("sourceLanguage")] string? SourceLanguage);

internal sealed record SarifArtifactLocation(
    [property: JsonProperty("uri")] string Uri,
    [property: JsonProperty("uriBaseId")] string? UriBaseId = null,
    [property: JsonProperty("index")] int? Index = null);

internal sealed record SarifResult(
    [property: JsonProperty("ruleId")] string RuleId,
    [property: JsonProperty("ruleIndex")] int RuleIndex,
    [property: JsonProperty("level")] string Level,
    [property: JsonProperty("message")] SarifMessage Message,
    [property: JsonProperty("locations")] IReadOnlyList<SarifLocation> Locations,
    [property: JsonProperty("partialFingerprints")] IReadOnlyDictionary<string, string> PartialFingerprints,
    [property: JsonProperty("suppressions")] IReadOnlyList<SarifSuppression>? Suppressions,
    [property: JsonProperty("fixes")] IReadOnlyList<SarifFix>? Fixes);

internal sealed record SarifLocation([property: JsonProperty("physicalLocation")] SarifPhysicalLocation PhysicalLocation);

internal sealed record SarifPhysicalLocation(
    [property: JsonProperty("artifactLocation")] SarifArtifactLocation ArtifactLocation,
    [property: JsonProperty("region")] SarifRegion Region,
    [property: JsonProperty("contextRegion")] SarifRegion? ContextRegion = null);

internal sealed record SarifRegion(
    [property: JsonProperty("startLine")] int StartLine,
    [property: JsonProperty("startColumn")] int StartColumn,
    [property: JsonProperty("endLine")] int EndLine,
    [property: JsonProperty("endColumn")] int EndColumn,
    [property: JsonProperty("snippet")] SarifArtifactContent? Snippet = null);

internal sealed record SarifArtifactContent([property: JsonProperty("text")] string Text);

internal sealed record SarifSuppression(
    [property: JsonProperty("kind")] string Kind,
    [property: JsonProperty("justification")] string? Justification);

internal sealed record SarifFix(
    [property: JsonProperty("description")] SarifMessage Description,
    [property: JsonProperty("artifactChanges")] IReadOnlyList<SarifArtifactChange> ArtifactChanges);

internal sealed record SarifArtifactChange(
    [property: JsonProperty("artifactLocation")] SarifArtifactLocation ArtifactLocation,
    [property: JsonProperty("replacements")] IReadOnlyList<SarifReplacement> Replacements);

internal sealed record SarifReplacement(
    [property: JsonProperty("deletedRegion")] SarifRegion DeletedRegion,
    [property: JsonProperty("insertedContent")] SarifArtifactContent InsertedContent);
