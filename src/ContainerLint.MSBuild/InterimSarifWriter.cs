namespace ContainerLint.MSBuild;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

/// <summary>
/// A minimal SARIF 2.1.0 writer so ContainerLintSarifOutput works before the shared writer
/// (ContainerLint.Core.Reporting) is merged; the lead replaces the call in
/// <see cref="ContainerLintTask"/> with that writer and deletes this file.
/// </summary>
internal static class InterimSarifWriter
{
    public static void Write(string path, IReadOnlyList<FileResult> results, RuleCatalog catalog, string baseDirectory)
    {
        var findings = results.SelectMany(r => r.Findings).Where(f => !f.Suppressed).ToList();
        var ruleIds = findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var rules = new JArray(ruleIds.Select(id => catalog.Find(id) is { } m
            ? new JObject
            {
                ["id"] = m.Id,
                ["name"] = m.Name,
                ["shortDescription"] = new JObject { ["text"] = m.Title },
                ["helpUri"] = m.HelpUri,
                ["defaultConfiguration"] = new JObject { ["level"] = Level(m.DefaultSeverity) },
            }
            : new JObject { ["id"] = id }));
        var baseUri = new Uri(Path.TrimEndingDirectorySeparator(baseDirectory) + Path.DirectorySeparatorChar);
        var sarifResults = new JArray(findings.Select(f => new JObject
        {
            ["ruleId"] = f.RuleId,
            ["ruleIndex"] = ruleIds.IndexOf(f.RuleId),
            ["level"] = Level(f.Severity),
            ["message"] = new JObject { ["text"] = f.Message },
            ["locations"] = new JArray(new JObject
            {
                ["physicalLocation"] = new JObject
                {
                    ["artifactLocation"] = new JObject
                    {
                        ["uri"] = Uri.UnescapeDataString(baseUri.MakeRelativeUri(new Uri(Path.GetFullPath(f.File))).ToString()),
                        ["uriBaseId"] = "PROJECTROOT",
                    },
                    ["region"] = new JObject
                    {
                        ["startLine"] = f.Span.Line,
                        ["startColumn"] = f.Span.Column,
                        ["endLine"] = f.Span.EndLine,
                        ["endColumn"] = f.Span.EndColumn,
                    },
                },
            }),
        }));
        var log = new JObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JArray(new JObject
            {
                ["tool"] = new JObject
                {
                    ["driver"] = new JObject
                    {
                        ["name"] = "ContainerLint",
                        ["informationUri"] = "https://github.com/containerlint/containerlint",
                        ["version"] = typeof(InterimSarifWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
                        ["rules"] = rules,
                    },
                },
                ["originalUriBaseIds"] = new JObject { ["PROJECTROOT"] = new JObject { ["uri"] = baseUri.AbsoluteUri } },
                ["results"] = sarifResults,
            }),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, log.ToString(Formatting.Indented));
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Note => "note",
        _ => "none",
    };
}
