namespace ContainerLint.Core.Reporting;

using Newtonsoft.Json;

// A typed model of the parts of SARIF 2.1.0 ContainerLint writes (the SARIF SDK is not available).
// Property names follow the spec; nulls are left out when serialised.

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
