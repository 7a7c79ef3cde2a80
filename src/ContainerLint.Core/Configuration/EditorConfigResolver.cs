namespace ContainerLint.Core.Configuration;

using System.Collections.Concurrent;
using System.Collections.Frozen;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>
/// The <c>dotnet_diagnostic.&lt;id&gt;.severity</c> settings of <c>.editorconfig</c> files for ContainerLint's rules, as
/// .NET analyzers are configured: every <c>.editorconfig</c> from the linted file's folder up to the first with
/// <c>root = true</c> applies, sections whose glob matches the file, the nearest file winning per key and, within a
/// file, the last matching section. Values: <c>none</c> and <c>silent</c> turn the rule off (Roslyn hides silent
/// diagnostics in builds), <c>suggestion</c> is a note, <c>warning</c> and <c>error</c> as written, <c>default</c> the
/// rule's own severity. Thread-safe; each folder's file is read once.
/// </summary>
public sealed class EditorConfigResolver
{
    private const string Prefix = "dotnet_diagnostic.";
    private const string Suffix = ".severity";

    private readonly ConcurrentDictionary<string, EditorConfigFile?> _byDirectory = new(StringComparer.Ordinal);

    /// <summary>What a file's <c>.editorconfig</c> files say about ContainerLint rules: a severity, or null for <c>default</c>.</summary>
    public IReadOnlyDictionary<string, Severity?> SeveritiesFor(string fullPath)
    {
        var properties = PropertiesFor(fullPath);
        var result = new SortedDictionary<string, Severity?>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            if (!key.StartsWith(Prefix, StringComparison.Ordinal) || !key.EndsWith(Suffix, StringComparison.Ordinal) || key.Length <= Prefix.Length + Suffix.Length) continue;
            var id = key[Prefix.Length..^Suffix.Length].ToUpperInvariant();
            if (!id.StartsWith("CL", StringComparison.Ordinal)) continue;
            if (TryParseSeverity(value, out var severity)) result[id] = severity;
        }

        return result;
    }

    /// <summary>The <c>.editorconfig</c> file and line whose <c>dotnet_diagnostic.&lt;id&gt;.severity</c> applies to a file, or null.</summary>
    public (string Path, int Line)? Locate(string fullPath, string ruleId)
    {
        var full = Path.GetFullPath(fullPath);
        var key = Prefix + ruleId.ToLowerInvariant() + Suffix;
        foreach (var file in FilesFor(full))
        {
            if (file.LineOf(full, key) is { } line) return (Path.Combine(file.Directory, EditorConfigFile.FileName), line);
        }

        return null;
    }

    /// <summary>The effective properties of a file: files from the root down, so nearer files overwrite.</summary>
    public IReadOnlyDictionary<string, string> PropertiesFor(string fullPath)
    {
        var full = Path.GetFullPath(fullPath);
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = FilesFor(full);
        for (var i = files.Count - 1; i >= 0; i--) files[i].Apply(full, properties);
        return properties;
    }

    /// <summary>The .editorconfig files that apply to a file, nearest first (up to and including a root one).</summary>
    public IReadOnlyList<EditorConfigFile> FilesFor(string fullPath)
    {
        var files = new List<EditorConfigFile>();
        for (var dir = Path.GetDirectoryName(Path.GetFullPath(fullPath)); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (Load(dir) is not { } file) continue;
            files.Add(file);
            if (file.IsRoot) break;
        }

        return files;
    }

    /// <summary>
    /// Every path whose existence or content decides a file's settings: the <c>.editorconfig</c> of each folder from the
    /// file's up to the root one (or the file system's root), present or not, so a build can rerun when one appears.
    /// </summary>
    public IEnumerable<string> ProbedPaths(string fullPath)
    {
        for (var dir = Path.GetDirectoryName(Path.GetFullPath(fullPath)); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            yield return Path.Combine(dir, EditorConfigFile.FileName);
            if (Load(dir) is { IsRoot: true }) yield break;
        }
    }

    /// <summary>A severity value; <c>default</c> gives a null severity (the rule's own); false for a value Roslyn does not know.</summary>
    private static bool TryParseSeverity(string value, out Severity? severity)
    {
        severity = value.Trim().ToLowerInvariant() switch
        {
            "none" or "silent" => Severity.None,
            "suggestion" => Severity.Note,
            "warning" => Severity.Warning,
            "error" => Severity.Error,
            _ => null,
        };
        return severity is not null || value.Trim().Equals("default", StringComparison.OrdinalIgnoreCase);
    }

    private EditorConfigFile? Load(string directory) => _byDirectory.GetOrAdd(directory, dir =>
    {
        var path = Path.Combine(dir, EditorConfigFile.FileName);
        try
        {
            if (!File.Exists(path)) return null;
            var info = new FileInfo(path);
            if (info.Length > EditorConfigFile.MaxBytes * 4L) return null;
            return EditorConfigFile.Parse(SafeFileReader.ReadAllText(path), dir);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unreadable .editorconfig is skipped, as editors and compilers do.
            return null;
        }
    });
}

/// <summary>
/// Where <c>.editorconfig</c> severities sit among ContainerLint's settings, following Roslyn: they win over the
/// <c>.containerlint.yaml</c> that applies to the file (as an .editorconfig wins over a global config), and the
/// command line (<c>--severity</c>, <c>--disable</c>) and the MSBuild properties win over them (as <c>NoWarn</c> does).
/// A severity other than <c>none</c> also turns on a rule the policy or the file left off, as it does for analyzers.
/// </summary>
public static class EditorConfigSeverities
{
    public static LintConfiguration Apply(LintConfiguration merged, IReadOnlyDictionary<string, Severity?> editorConfig, ConfigurationOverrides overrides)
    {
        if (editorConfig.Count == 0) return merged;
        var severities = new Dictionary<string, Severity>(merged.SeverityOverrides, StringComparer.Ordinal);
        var enabled = new HashSet<string>(merged.Enabled, StringComparer.Ordinal);
        var disabled = new HashSet<string>(merged.Disabled, StringComparer.Ordinal);
        foreach (var (id, severity) in editorConfig)
        {
            if (overrides.Severity.ContainsKey(id) || overrides.Disable.Contains(id, StringComparer.Ordinal)) continue;
            // A rule the root configuration enforces is not lowered here (the attempt is reported: see Lowered); raising it is fine.
            // `default` would drop the root's level for the rule's own, so it is ignored for an enforced rule too.
            if (merged.Enforced.TryGetValue(id, out var floor) && (severity is null || severity < floor)) continue;
            if (severity is not { } level)
            {
                severities.Remove(id);
                continue;
            }

            severities[id] = level;
            if (level == Severity.None) continue;
            enabled.Add(id);
            disabled.Remove(id);
        }

        return merged with
        {
            SeverityOverrides = severities.ToFrozenDictionary(StringComparer.Ordinal),
            Enabled = enabled.ToFrozenSet(StringComparer.Ordinal),
            Disabled = disabled.ToFrozenSet(StringComparer.Ordinal),
        };
    }

    /// <summary>The enforced rules that <paramref name="editorConfig"/> tries to turn off or lower (and that <see cref="Apply"/> leaves alone).</summary>
    public static IEnumerable<string> Lowered(LintConfiguration merged, IReadOnlyDictionary<string, Severity?> editorConfig, ConfigurationOverrides overrides) =>
        editorConfig
            .Where(p => !overrides.Severity.ContainsKey(p.Key) && !overrides.Disable.Contains(p.Key, StringComparer.Ordinal))
            .Where(p => p.Value is { } level && merged.Enforced.TryGetValue(p.Key, out var floor) && level < floor)
            .Select(p => p.Key)
            .Order(StringComparer.Ordinal);

    /// <summary>A cache key for a file's .editorconfig severities (sorted by id).</summary>
    public static string Key(IReadOnlyDictionary<string, Severity?> editorConfig) =>
        string.Join(';', editorConfig.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + (p.Value?.ToString() ?? "default")));
}
