namespace ContainerLint.Core.Baselines;

using System.Globalization;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Reporting;
using ContainerLint.Core.Yaml;

/// <summary>One accepted finding: its rule, its file (relative to the baseline file's folder, '/' separators) and its
/// <see cref="FindingFingerprints">fingerprint</see>; the line and message are for people reading the file and are not matched.</summary>
public sealed record BaselineEntry(string RuleId, string File, string Fingerprint, int Line, string Message);

/// <summary>
/// <c>.containerlint-baseline.json</c>: the findings a repository accepted as existing debt. A later run reports only
/// findings that are not in it (matched by rule, file and fingerprint, so moving lines keeps the match), and names the
/// entries that no longer match so the file shrinks as the debt is paid (<c>containerlint baseline</c> rewrites it
/// without them). Input diagnostics (CL0xxx) are never baselined: a file that cannot be linted is never accepted debt.
/// </summary>
public sealed record Baseline
{
    public const string FileName = ".containerlint-baseline.json";
    public const int FormatVersion = 1;

    /// <summary>The file's full path.</summary>
    public required string Path { get; init; }

    /// <summary>Entries in file order (<see cref="Sort"/>).</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; init; } = [];

    public string Directory => System.IO.Path.GetDirectoryName(Path) ?? ".";

    /// <summary>Whether a finding may be baselined: unsuppressed and not an input diagnostic.</summary>
    public static bool Accepts(Finding f) => !f.Suppressed && !f.RuleId.StartsWith("CL0", StringComparison.Ordinal);

    /// <summary>The nearest <see cref="FileName"/> at or above <paramref name="directory"/>, or null.</summary>
    public static string? Find(string directory)
    {
        for (var dir = System.IO.Path.GetFullPath(directory); dir is not null; dir = System.IO.Path.GetDirectoryName(dir))
        {
            var candidate = System.IO.Path.Combine(dir, FileName);
            if (File.Exists(candidate)) return candidate;
        }

        return null;
    }

    /// <summary>The folders' candidate paths from <paramref name="directory"/> up to the nearest existing one (what an incremental build must watch).</summary>
    public static IEnumerable<string> ProbedPaths(string directory)
    {
        for (var dir = System.IO.Path.GetFullPath(directory); dir is not null; dir = System.IO.Path.GetDirectoryName(dir))
        {
            var candidate = System.IO.Path.Combine(dir, FileName);
            yield return candidate;
            if (File.Exists(candidate)) yield break;
        }
    }

    /// <summary>A path relative to the baseline's folder with '/' separators, as entries name files.</summary>
    public string Relative(string fullPath) => System.IO.Path.GetRelativePath(Directory, fullPath).Replace('\\', '/');

    /// <exception cref="ConfigurationException">The file cannot be read or is not a baseline (the message names file, line and column).</exception>
    public static Baseline Load(string path)
    {
        string text;
        try
        {
            text = Text.SafeFileReader.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"{path}: cannot read the baseline: {ex.Message}", ex);
        }

        return Parse(text, path);
    }

    /// <summary>Reads a baseline with the bounded, position-exact YAML reader (JSON is YAML): no type activation, no recursion.</summary>
    public static Baseline Parse(string json, string path)
    {
        var stream = YamlStream.Load(new Text.SourceText(json));
        if (stream.Diagnostics.OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column).FirstOrDefault() is { } d)
        {
            throw new ConfigurationException(path, d.Span.Line, d.Span.Column, "invalid baseline: " + (d.Args.FirstOrDefault() ?? "").Replace("YAML syntax error: ", "", StringComparison.Ordinal));
        }

        var root = stream.Documents.FirstOrDefault(doc => doc.Root is not null)?.Root;
        if (root is not YamlMapping map) throw new ConfigurationException(path, 1, 1, "invalid baseline: expected a JSON object with \"version\" and \"findings\"");
        if (map["version"] is not YamlScalar { Value: var version } || version != FormatVersion.ToString(CultureInfo.InvariantCulture))
        {
            throw Error(path, map["version"] ?? map, $"unsupported baseline version; this tool reads version {FormatVersion}");
        }

        if (map["findings"] is not YamlSequence findings) throw Error(path, map["findings"] ?? map, "expected \"findings\": [ … ]");
        var entries = new List<BaselineEntry>(findings.Items.Count);
        foreach (var item in findings.Items)
        {
            if (item is not YamlMapping entry) throw Error(path, item, "expected an object with ruleId, file and fingerprint");
            var line = entry["line"] is YamlScalar l && int.TryParse(l.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
            entries.Add(new BaselineEntry(Required(path, entry, "ruleId"), Required(path, entry, "file"), Required(path, entry, "fingerprint"), line, (entry["message"] as YamlScalar)?.Value ?? ""));
        }

        return new Baseline { Path = path, Entries = entries };
    }

    /// <summary>Entries sorted by file, line, rule and fingerprint (ordinal), one per fingerprint: the same findings always give the same bytes.</summary>
    public static IReadOnlyList<BaselineEntry> Sort(IEnumerable<BaselineEntry> entries) =>
        entries
            .DistinctBy(e => (e.RuleId, e.File, e.Fingerprint))
            .OrderBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.Line)
            .ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
            .ToList();

    /// <summary>The file's text: a JSON object, two-space indented, LF line ends.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<BaselineEntry> entries)
    {
        var output = new ReportWriter(writer);
        var json = new IndentedJsonWriter(output);
        json.WriteStartObject();
        json.WritePropertyName("version");
        json.WriteValue(FormatVersion);
        Property(json, "tool", LintReportBuilder.ToolName);
        Property(json, "about", "Findings accepted as existing debt: `containerlint` does not report them. Regenerate with `containerlint baseline`; never edit by hand.");
        json.WritePropertyName("findings");
        json.WriteStartArray();
        foreach (var e in Sort(entries))
        {
            json.WriteStartObject();
            Property(json, "ruleId", e.RuleId);
            Property(json, "file", e.File);
            Property(json, "fingerprint", e.Fingerprint);
            json.WritePropertyName("line");
            json.WriteValue(e.Line);
            Property(json, "message", e.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        output.Write('\n');
        output.Flush();
    }

    private static string Required(string path, YamlMapping entry, string key) =>
        entry[key] is YamlScalar { Value.Length: > 0 } s ? s.Value : throw Error(path, entry[key] ?? entry, $"a baseline entry needs \"{key}\"");

    private static ConfigurationException Error(string path, YamlNode node, string message) => new(path, node.Span.Line, node.Span.Column, message);

    private static void Property(IndentedJsonWriter json, string name, string value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }
}
