namespace ContainerLint.Core.Configuration;

using System.Globalization;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Yaml;
using Microsoft.Extensions.FileSystemGlobbing;

/// <summary>
/// One <c>.containerlint.yaml</c>, read with the same bounded, position-exact reader as manifests
/// (<see cref="YamlStream"/>: no type activation, no recursion, a nesting limit), so a hostile
/// configuration cannot overflow the stack. Every key is known and checked: a YAML syntax error,
/// an unknown key, an unknown rule id, a bad level or a bad name pattern is a
/// <see cref="ConfigurationException"/> naming the file, line and column.
/// </summary>
public sealed record ConfigurationFile
{
    public const string FileName = ".containerlint.yaml";

    /// <summary>Also accepted when <see cref="FileName"/> is absent in a folder.</summary>
    public const string AlternateFileName = ".containerlint.yml";

    public required string Path { get; init; }

    public string Directory => System.IO.Path.GetDirectoryName(Path) ?? ".";

    public IReadOnlyList<string> Disable { get; init; } = [];
    public IReadOnlyList<string> Enable { get; init; } = [];
    public IReadOnlyDictionary<string, Severity> Severity { get; init; } = new Dictionary<string, Severity>();
    public string? Policy { get; init; }
    public IReadOnlyList<string>? TrustedRegistries { get; init; }
    public IReadOnlyList<string> IgnorePaths { get; init; } = [];
    public string? Target { get; init; }
    public IReadOnlyDictionary<string, string> BuildArgs { get; init; } = new Dictionary<string, string>();
    public DateOnly? EolReferenceDate { get; init; }
    public NamePatterns SecretNamePatterns { get; init; } = NamePatterns.Empty;
    public bool? AllowInlineSuppressions { get; init; }
    public IReadOnlyList<Kubernetes.CustomResourcePods> CustomResources { get; init; } = [];

    /// <summary>allowedImages and allowedRegistries (<see cref="AllowedImagesReader"/>); null when neither is set.</summary>
    public Images.AllowedImages? AllowedImages { get; init; }
    public Kubernetes.KubernetesVersion? KubernetesVersion { get; init; }

    /// <summary>Rules locked by this file when it is the root configuration (<c>enforce:</c>): nothing below it can turn them off or lower them.</summary>
    public IReadOnlyList<string> Enforce { get; init; } = [];

    /// <summary><c>requireSuppressionReason: true</c>: an inline suppression without <c> -- reason</c> does not suppress.</summary>
    public bool? RequireSuppressionReason { get; init; }

    /// <summary>Where each rule id of <c>disable:</c>, <c>severity:</c> and <c>enforce:</c> is written, keyed <c>setting:ID</c> (e.g. <c>disable:CL1011</c>).</summary>
    public IReadOnlyDictionary<string, SourceSpan> RuleSpans { get; init; } = new Dictionary<string, SourceSpan>();

    private Matcher? IgnoreMatcher { get; init; }

    /// <summary>Whether <paramref name="fullPath"/> matches one of <see cref="IgnorePaths"/> (relative to this file's folder).</summary>
    public bool IsIgnored(string fullPath)
    {
        if (IgnoreMatcher is null) return false;
        var relative = System.IO.Path.GetRelativePath(Directory, fullPath).Replace('\\', '/');
        if (relative.StartsWith("../", StringComparison.Ordinal) || relative == "..") return false;
        return IgnoreMatcher.Match(relative).HasMatches;
    }

    /// <summary>Whether a whole directory is ignored (a pattern matches anything inside it), so walking can skip it.</summary>
    public bool IsDirectoryIgnored(string fullPath)
    {
        if (IgnoreMatcher is null) return false;
        var relative = System.IO.Path.GetRelativePath(Directory, fullPath).Replace('\\', '/');
        if (relative == "." || relative.StartsWith("../", StringComparison.Ordinal) || relative == "..") return false;
        return IgnorePaths.Any(p => Globs.CoversDirectory(p, relative));
    }

    public static ConfigurationFile Load(string path, RuleCatalog catalog)
    {
        string text;
        try
        {
            text = Text.SafeFileReader.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"{path}: cannot read the configuration file: {ex.Message}", ex);
        }

        return Parse(text, path, catalog);
    }

    public static ConfigurationFile Parse(string yaml, string path, RuleCatalog catalog)
    {
        var stream = Yaml.YamlStream.Load(new Text.SourceText(yaml));

        // The reader never throws: a syntax error, a nesting limit or a duplicate key is a diagnostic with its position.
        foreach (var d in stream.Diagnostics.OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column))
        {
            var message = d.RuleIdOverride switch
            {
                DiagnosticIds.DuplicateKey => $"'{d.Args.FirstOrDefault()}' appears twice",
                DiagnosticIds.LimitExceeded => $"invalid YAML: nested deeper than {Yaml.YamlStream.MaxDepth} levels",
                _ => "invalid YAML: " + (d.Args.FirstOrDefault() ?? "").Replace("YAML syntax error: ", "", StringComparison.Ordinal),
            };
            throw new ConfigurationException(path, d.Span.Line, d.Span.Column, message);
        }

        var documents = stream.Documents.Where(d => d.Root is not null).ToList();
        if (documents.Count == 0) return new ConfigurationFile { Path = path };
        if (documents.Count > 1) throw Error(path, documents[1].Root!, "expected one YAML document");
        var root = documents[0].Root!;
        if (root is YamlScalar { Value: "" or "~" or "null" }) return new ConfigurationFile { Path = path };
        if (root is not YamlMapping map) throw Error(path, root, "expected a mapping of settings (disable:, severity:, ...)");

        var result = new ConfigurationFile { Path = path };
        var spans = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Entries)
        {
            var key = Scalar(path, keyNode);
            result = key switch
            {
                "disable" => result with { Disable = RuleIds(path, value, catalog, key, spans) },
                "enable" => result with { Enable = RuleIds(path, value, catalog, key, spans) },
                "enforce" => result with { Enforce = RuleIds(path, value, catalog, key, spans) },
                "requireSuppressionReason" => result with { RequireSuppressionReason = Bool(path, value) },
                "severity" => result with { Severity = Severities(path, value, catalog, spans) },
                "policy" => result with { Policy = PolicyName(path, value) },
                "trustedRegistries" => result with { TrustedRegistries = Strings(path, value) },
                "ignorePaths" => WithIgnorePaths(result, Strings(path, value)),
                "target" => result with { Target = Scalar(path, value) },
                "buildArgs" => result with { BuildArgs = StringMap(path, value) },
                "eolReferenceDate" => result with { EolReferenceDate = Date(path, value) },
                "secretNamePatterns" => result with { SecretNamePatterns = ReadNamePatterns(path, value) },
                "allowInlineSuppressions" => result with { AllowInlineSuppressions = Bool(path, value) },
                "customResources" => result with { CustomResources = KubernetesSettingsReader.CustomResources(path, value) },
                "kubernetesVersion" => result with { KubernetesVersion = KubernetesSettingsReader.Version(path, value) },
                "allowedImages" => result with { AllowedImages = AllowedImagesReader.Images(path, value, result.AllowedImages) },
                "allowedRegistries" => result with { AllowedImages = AllowedImagesReader.Registries(path, value, result.AllowedImages) },
                _ => throw Error(path, keyNode,
                    $"unknown setting '{key}'; known settings: disable, enable, severity, policy, trustedRegistries, ignorePaths, target, buildArgs, eolReferenceDate, secretNamePatterns, allowInlineSuppressions, customResources, kubernetesVersion, enforce, requireSuppressionReason, allowedImages, allowedRegistries"),
            };
        }

        result = result with { RuleSpans = spans };
        foreach (var id in result.Enforce)
        {
            // A file that locks a rule and turns it off at once contradicts itself: say so instead of picking one.
            if (result.Disable.Contains(id, StringComparer.Ordinal)) throw new ConfigurationException(path, spans["disable:" + id].Line, spans["disable:" + id].Column, $"{id} is enforced and disabled in the same file");
            if (result.Severity.TryGetValue(id, out var level) && level == Model.Severity.None)
            {
                throw new ConfigurationException(path, spans["severity:" + id].Line, spans["severity:" + id].Column, $"{id} is enforced and set to none in the same file");
            }
        }

        return result;
    }

    private static ConfigurationFile WithIgnorePaths(ConfigurationFile file, IReadOnlyList<string> globs)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        foreach (var glob in globs)
        {
            var pattern = glob.TrimStart('/');
            matcher.AddInclude(pattern);
            // A folder name matches everything inside it, as in .gitignore.
            if (!pattern.Contains('*', StringComparison.Ordinal)) matcher.AddInclude(pattern.TrimEnd('/') + "/**");
        }

        return file with { IgnorePaths = globs, IgnoreMatcher = globs.Count > 0 ? matcher : null };
    }

    internal static ConfigurationException Error(string path, YamlNode node, string message) =>
        new(path, node.Span.Line, node.Span.Column, message);

    private static string Scalar(string path, YamlNode node) =>
        node is YamlScalar s ? s.Value : throw Error(path, node, "expected a single value");

    private static bool IsEmpty(YamlNode node) => node is YamlScalar { IsPlain: true, Value: "" or "~" or "null" };

    private static IReadOnlyList<string> Strings(string path, YamlNode node)
    {
        if (IsEmpty(node)) return [];
        if (node is not YamlSequence seq) throw Error(path, node, "expected a list");
        return seq.Items.Select(c => Scalar(path, c)).ToArray();
    }

    /// <summary>secretNamePatterns: each one checked and compiled here, once, so rules only run the linear matcher.</summary>
    private static NamePatterns ReadNamePatterns(string path, YamlNode node)
    {
        if (IsEmpty(node)) return Configuration.NamePatterns.Empty;
        if (node is not YamlSequence seq) throw Error(path, node, "expected a list");
        var patterns = new List<string>();
        foreach (var item in seq.Items)
        {
            var pattern = Scalar(path, item);
            if (Configuration.NamePatterns.Check(pattern) is { } problem) throw Error(path, item, $"secretNamePatterns: {problem}");
            patterns.Add(pattern);
        }

        return new NamePatterns(patterns);
    }

    private static IReadOnlyList<string> RuleIds(string path, YamlNode node, RuleCatalog catalog, string setting, Dictionary<string, SourceSpan> spans)
    {
        var ids = new List<string>();
        var items = node is YamlSequence seq ? seq.Items : (IEnumerable<YamlNode>)[node];
        foreach (var item in items)
        {
            if (item is YamlScalar { Value: "" } && node is YamlScalar) continue;
            var id = Scalar(path, item).Trim();
            var canonical = CheckRuleId(catalog, id) ?? throw Error(path, item, UnknownRule(id));
            ids.Add(canonical);
            spans.TryAdd(setting + ":" + canonical, item.Span);
        }

        return ids;
    }

    /// <summary>The catalog's spelling of a rule id, or null when it is not a rule.</summary>
    public static string? CheckRuleId(RuleCatalog catalog, string id) => catalog.Find(id)?.Id;

    public static string UnknownRule(string id) => $"unknown rule id '{id}' (see `containerlint rules`)";

    private static IReadOnlyDictionary<string, Severity> Severities(string path, YamlNode node, RuleCatalog catalog, Dictionary<string, SourceSpan> spans)
    {
        if (node is not YamlMapping map) throw Error(path, node, "expected a mapping of rule id to level (error, warning, note, none)");
        var result = new Dictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Entries)
        {
            var id = Scalar(path, k).Trim();
            var canonical = CheckRuleId(catalog, id) ?? throw Error(path, k, UnknownRule(id));
            var level = Scalar(path, v);
            if (!SeverityNames.TryParse(level, out var severity)) throw Error(path, v, $"bad level '{level}' for {canonical}; use error, warning, note or none");
            result[canonical] = severity;
            spans["severity:" + canonical] = k.Span;
        }

        return result;
    }

    private static string PolicyName(string path, YamlNode node)
    {
        var name = Scalar(path, node).Trim();
        return Policies.Names.Contains(name) ? name : throw Error(path, node, $"unknown policy '{name}'; use one of {string.Join(", ", Policies.Names)}");
    }

    private static IReadOnlyDictionary<string, string> StringMap(string path, YamlNode node)
    {
        if (node is not YamlMapping map) throw Error(path, node, "expected a mapping of name to value");
        return map.Entries.ToDictionary(kv => Scalar(path, kv.Key), kv => Scalar(path, kv.Value), StringComparer.Ordinal);
    }

    private static DateOnly Date(string path, YamlNode node)
    {
        var text = Scalar(path, node);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(path, node, $"bad date '{text}'; use YYYY-MM-DD");
    }

    private static bool Bool(string path, YamlNode node) => Scalar(path, node).Trim().ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        var other => throw Error(path, node, $"expected true or false, not '{other}'"),
    };
}
