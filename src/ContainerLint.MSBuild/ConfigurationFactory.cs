namespace ContainerLint.MSBuild;

using System.Collections.Concurrent;
using System.Collections.Frozen;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

/// <summary>
/// Builds the effective configuration of each linted file: the <c>.containerlint.yaml</c> named by
/// ContainerLintConfig (or the nearest one above the file), overlaid with the MSBuild properties,
/// which win. The file reader is interim: it reads the keys of DESIGN.md (policy, disabled,
/// enabled, severity, trustedRegistries, secretNamePatterns, allowInlineSuppressions) and is
/// to be replaced by the shared configuration loader once it is merged.
/// </summary>
internal sealed class ConfigurationFactory
{
    public const string FileName = ".containerlint.yaml";

    private readonly string? _explicitConfig;
    private readonly string? _policy;
    private readonly IReadOnlySet<string> _disabled;
    private readonly IReadOnlyDictionary<string, Severity> _overrides;
    private readonly ConcurrentDictionary<string, LintConfiguration> _byFile = new(StringComparer.Ordinal);

    public ConfigurationFactory(string? explicitConfig, string? policy, IReadOnlySet<string> disabled, IReadOnlyDictionary<string, Severity> overrides)
    {
        _explicitConfig = string.IsNullOrWhiteSpace(explicitConfig) ? null : Path.GetFullPath(explicitConfig);
        _policy = string.IsNullOrWhiteSpace(policy) ? null : policy.Trim();
        _disabled = disabled;
        _overrides = overrides;
    }

    /// <summary>Problems met while reading configuration files (path, line, column, message).</summary>
    public ConcurrentBag<(string File, int Line, int Column, string Message)> Problems { get; } = [];

    public LintConfiguration For(string? lintedFile)
    {
        var configPath = _explicitConfig ?? Discover(lintedFile);
        return _byFile.GetOrAdd(configPath ?? "", p => Overlay(p.Length == 0 ? LintConfiguration.Default : Load(p)));
    }

    /// <summary>Parses severity overrides written as <c>CL1001=error;CL1002=none</c>.</summary>
    public static IReadOnlyDictionary<string, Severity> ParseOverrides(string? text, Action<string> onBadEntry)
    {
        var result = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in (text ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = entry.IndexOf('=');
            if (eq <= 0 || !SeverityNames.TryParse(entry[(eq + 1)..], out var severity))
            {
                onBadEntry(entry);
                continue;
            }

            result[entry[..eq].Trim()] = severity;
        }

        return result;
    }

    private static string? Discover(string? lintedFile)
    {
        if (lintedFile is null) return null;
        for (var dir = Path.GetDirectoryName(Path.GetFullPath(lintedFile)); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var candidate = Path.Combine(dir, FileName);
            if (File.Exists(candidate)) return candidate;
        }

        return null;
    }

    private LintConfiguration Overlay(LintConfiguration baseline)
    {
        var severities = new Dictionary<string, Severity>(baseline.SeverityOverrides, StringComparer.OrdinalIgnoreCase);
        foreach (var (id, severity) in _overrides) severities[id] = severity;
        return baseline with
        {
            Policy = _policy ?? baseline.Policy,
            Disabled = baseline.Disabled.Concat(_disabled).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            SeverityOverrides = severities.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
        };
    }

    private LintConfiguration Load(string path)
    {
        try
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path)) stream.Load(reader);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return LintConfiguration.Default with { SourcePath = path };
            var severity = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
            if (Child(root, "severity") is YamlMappingNode map)
            {
                foreach (var (k, v) in map.Children)
                {
                    if (k is YamlScalarNode { Value: { } id } && v is YamlScalarNode { Value: { } s } && SeverityNames.TryParse(s, out var sev)) severity[id] = sev;
                    else Problems.Add((path, (int)k.Start.Line, (int)k.Start.Column, $"bad severity entry '{k}'"));
                }
            }

            return LintConfiguration.Default with
            {
                Policy = (Child(root, "policy") as YamlScalarNode)?.Value ?? Policies.Recommended,
                Disabled = List(root, "disabled").ToFrozenSet(StringComparer.OrdinalIgnoreCase),
                Enabled = List(root, "enabled").ToFrozenSet(StringComparer.OrdinalIgnoreCase),
                SeverityOverrides = severity.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
                TrustedRegistries = List(root, "trustedRegistries"),
                SecretNamePatterns = List(root, "secretNamePatterns"),
                AllowInlineSuppressions = (Child(root, "allowInlineSuppressions") as YamlScalarNode)?.Value is not { } a || !a.Equals("false", StringComparison.OrdinalIgnoreCase),
                SourcePath = path,
            };
        }
        catch (YamlException ex)
        {
            Problems.Add((path, (int)ex.Start.Line, (int)ex.Start.Column, ex.Message));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Problems.Add((path, 0, 0, ex.Message));
        }

        return LintConfiguration.Default with { SourcePath = path };
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static IReadOnlyList<string> List(YamlMappingNode map, string key) => Child(map, key) switch
    {
        YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0).ToArray(),
        YamlScalarNode { Value: { Length: > 0 } v } => [v],
        _ => [],
    };
}
