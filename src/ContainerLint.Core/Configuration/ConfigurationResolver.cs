namespace ContainerLint.Core.Configuration;

using System.Collections.Concurrent;
using System.Collections.Frozen;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;

/// <summary>Settings given on the command line (or by MSBuild properties); they win over the file.</summary>
public sealed record ConfigurationOverrides
{
    public string? Policy { get; init; }
    public IReadOnlyList<string> Disable { get; init; } = [];
    public IReadOnlyDictionary<string, Severity> Severity { get; init; } = new Dictionary<string, Severity>();
    public string? Target { get; init; }
    public IReadOnlyDictionary<string, string> BuildArgs { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The project file whose MSBuild properties these are, or null for the command line. The command line is the
    /// operator's and wins over <c>enforce:</c>; a project's properties are the team's, so they cannot turn off or lower
    /// an enforced rule (<see cref="Enforcement"/>: CL0018 at this file).
    /// </summary>
    public string? ProjectFile { get; init; }
}

/// <summary>
/// Finds the configuration of each linted file: the nearest <c>.containerlint.yaml</c> walking up
/// from the file's folder, or the one given with <c>--config</c> for every file, merged with the
/// command-line overrides. Thread-safe; each folder is looked up once.
/// </summary>
public sealed class ConfigurationResolver
{
    private readonly RuleCatalog _catalog;
    private readonly ConfigurationOverrides _overrides;
    private readonly ConfigurationFile? _explicit;
    private readonly ConcurrentDictionary<string, ConfigurationFile?> _byDirectory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LintConfiguration> _effective = new(StringComparer.Ordinal);
    private readonly EditorConfigResolver? _editorConfig;

    /// <param name="catalog">Rule ids are checked against it.</param>
    /// <param name="overrides">Command-line settings.</param>
    /// <param name="explicitConfigPath">A <c>--config</c> file used for every input instead of discovery.</param>
    /// <param name="editorConfig">Reads <c>dotnet_diagnostic.&lt;id&gt;.severity</c> from .editorconfig files; null: none are read.</param>
    /// <exception cref="ConfigurationException">The explicit file is missing or bad.</exception>
    public ConfigurationResolver(RuleCatalog catalog, ConfigurationOverrides overrides, string? explicitConfigPath = null, EditorConfigResolver? editorConfig = null)
    {
        _catalog = catalog;
        _overrides = overrides;
        _editorConfig = editorConfig;
        if (explicitConfigPath is not null)
        {
            var full = Path.GetFullPath(explicitConfigPath);
            if (!File.Exists(full)) throw new ConfigurationException($"{explicitConfigPath}: configuration file not found");
            _explicit = ConfigurationFile.Load(full, catalog);
        }
    }

    /// <summary>The configuration file that applies to a file (or, for stdin, to a path in the working folder), or null.</summary>
    public ConfigurationFile? FileFor(string? fullPath)
    {
        if (_explicit is not null) return _explicit;
        var directory = fullPath is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(fullPath));
        return directory is null ? null : FindFrom(directory);
    }

    /// <summary>The nearest configuration file at or above a folder.</summary>
    public ConfigurationFile? FindFrom(string directory)
    {
        if (_explicit is not null) return _explicit;
        if (_byDirectory.TryGetValue(directory, out var cached)) return cached;
        ConfigurationFile? found = null;
        var candidate = Path.Combine(directory, ConfigurationFile.FileName);
        if (!File.Exists(candidate)) candidate = Path.Combine(directory, ConfigurationFile.AlternateFileName);
        if (File.Exists(candidate))
        {
            found = ConfigurationFile.Load(candidate, _catalog);
        }
        else if (Path.GetDirectoryName(directory) is { } parent && parent != directory)
        {
            found = FindFrom(parent);
        }

        _byDirectory[directory] = found;
        return found;
    }

    /// <summary>
    /// Every path whose existence or content decides which configuration file applies to a file: the <c>--config</c>
    /// file, or both accepted names in each folder from the file's up to the nearest folder holding one.
    /// </summary>
    public IEnumerable<string> ProbedPaths(string fullPath)
    {
        if (_explicit is not null)
        {
            yield return _explicit.Path;
            yield break;
        }

        // Up to the repository root, not just the nearest file: the root configuration's enforce: binds the files below it.
        var start = Path.GetDirectoryName(Path.GetFullPath(fullPath));
        var repository = start is null ? null : RepositoryRoot(start);
        for (var dir = start; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var primary = Path.Combine(dir, ConfigurationFile.FileName);
            var alternate = Path.Combine(dir, ConfigurationFile.AlternateFileName);
            yield return primary;
            yield return alternate;
            if (string.Equals(dir, repository, StringComparison.Ordinal) || (repository is null && (File.Exists(primary) || File.Exists(alternate)))) yield break;
        }
    }

    /// <summary>The effective configuration of a file (null: stdin), with its .editorconfig severities when they are read.</summary>
    public LintConfiguration For(string? fullPath)
    {
        var file = FileFor(fullPath);
        if (_editorConfig is null || fullPath is null) return Effective(file);
        var severities = _editorConfig.SeveritiesFor(fullPath);
        if (severities.Count == 0) return Effective(file);
        var effective = Effective(file);
        if (effective.Enforced.Count == 0)
        {
            return _effective.GetOrAdd((file?.Path ?? "") + "\n" + EditorConfigSeverities.Key(severities), _ => EditorConfigSeverities.Apply(effective, severities, _overrides));
        }

        // Where an .editorconfig lowers an enforced rule is reported, so the cache key also names the files that say it.
        var editorConfig = _editorConfig;
        var lowered = EditorConfigSeverities.Lowered(effective, severities, _overrides)
            .Select(id => editorConfig.Locate(fullPath, id) is { } at ? new PolicyViolation(id, at.Path, new Model.SourceSpan(at.Line, 1, at.Line, 1), effective.EnforcedBy!) : null)
            .OfType<PolicyViolation>()
            .ToList();
        var key = (file?.Path ?? "") + "\n" + EditorConfigSeverities.Key(severities) + "\n" + string.Join('\n', lowered.Select(v => $"{v.RuleId}@{v.Path}:{v.Span.Line}"));
        return _effective.GetOrAdd(key, _ => EditorConfigSeverities.Apply(effective, severities, _overrides) with { PolicyViolations = [.. effective.PolicyViolations, .. lowered] });
    }

    /// <summary>The <c>secretNamePatterns</c> of every configuration resolved so far: a report masks shown source by all of them.</summary>
    public IReadOnlyList<string> SecretNamePatterns =>
        [.. _effective.Values.SelectMany(c => c.SecretNamePatterns).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public LintConfiguration Effective(ConfigurationFile? file) =>
        _effective.GetOrAdd(file?.Path ?? "", _ => Merge(file, _overrides, RootOf(file), _catalog));

    /// <summary>
    /// The root configuration of a file's configuration: the <c>--config</c> file, or the outermost
    /// <c>.containerlint.yaml</c> from <paramref name="file"/>'s folder up to the repository root (the nearest folder
    /// holding <c>.git</c>; outside a repository, the nearest file itself). Its <c>enforce:</c> binds every file below.
    /// </summary>
    public ConfigurationFile? RootOf(ConfigurationFile? file)
    {
        if (_explicit is not null || file is null) return _explicit ?? file;
        // Outside a repository the nearest file is its own root: a stray file far above must not lock rules.
        var repository = RepositoryRoot(file.Directory);
        if (repository is null) return file;
        var root = file;
        while (!string.Equals(root.Directory, repository, StringComparison.Ordinal)
            && Path.GetDirectoryName(root.Directory) is { } parent
            && FindFrom(parent) is { } above
            && IsAtOrBelow(above.Directory, repository))
        {
            root = above;
        }

        return root;
    }

    /// <summary>The nearest folder at or above <paramref name="directory"/> holding <c>.git</c> (a folder, or a file in a worktree), or null.</summary>
    public static string? RepositoryRoot(string directory)
    {
        for (var dir = directory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var git = Path.Combine(dir, ".git");
            if (Directory.Exists(git) || File.Exists(git)) return dir;
        }

        return null;
    }

    private static bool IsAtOrBelow(string directory, string ancestor)
    {
        var relative = Path.GetRelativePath(ancestor, directory);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }

    /// <summary><see cref="Merge(ConfigurationFile?, ConfigurationOverrides)"/>, then the <c>enforce:</c> list of <paramref name="root"/> (<see cref="Enforcement"/>).</summary>
    public static LintConfiguration Merge(ConfigurationFile? file, ConfigurationOverrides overrides, ConfigurationFile? root, RuleCatalog catalog)
    {
        var merged = Merge(file, overrides);
        if (root is not null) merged = merged with { RequireSuppressionReason = root.RequireSuppressionReason == true || file?.RequireSuppressionReason == true };
        return root is null || root.Enforce.Count == 0 ? merged : Enforcement.Apply(merged, file, root, overrides, catalog);
    }

    public static LintConfiguration Merge(ConfigurationFile? file, ConfigurationOverrides overrides)
    {
        var severity = new Dictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var (k, v) in file?.Severity ?? new Dictionary<string, Severity>()) severity[k] = v;
        foreach (var (k, v) in overrides.Severity) severity[k] = v;
        var buildArgs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in file?.BuildArgs ?? new Dictionary<string, string>()) buildArgs[k] = v;
        foreach (var (k, v) in overrides.BuildArgs) buildArgs[k] = v;
        var defaults = LintConfiguration.Default;
        return new LintConfiguration
        {
            Policy = overrides.Policy ?? file?.Policy ?? defaults.Policy,
            Disabled = (file?.Disable ?? []).Concat(overrides.Disable).ToFrozenSet(StringComparer.Ordinal),
            Enabled = (file?.Enable ?? []).ToFrozenSet(StringComparer.Ordinal),
            SeverityOverrides = severity.ToFrozenDictionary(StringComparer.Ordinal),
            TrustedRegistries = file?.TrustedRegistries ?? defaults.TrustedRegistries,
            IgnorePaths = file?.IgnorePaths ?? [],
            TargetStage = overrides.Target ?? file?.Target,
            BuildArgs = buildArgs.ToFrozenDictionary(StringComparer.Ordinal),
            EolReferenceDate = file?.EolReferenceDate,
            SecretNamePatterns = file?.SecretNamePatterns ?? NamePatterns.Empty,
            AllowInlineSuppressions = file?.AllowInlineSuppressions ?? true,
            CustomResources = file?.CustomResources ?? [],
            KubernetesVersion = file?.KubernetesVersion,
            AllowedImages = file?.AllowedImages ?? Images.AllowedImages.None,
            SourcePath = file?.Path,
        };
    }
}
