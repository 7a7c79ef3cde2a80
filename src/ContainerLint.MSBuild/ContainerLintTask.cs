namespace ContainerLint.MSBuild;

using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.DotNetSdk;
using ContainerLint.Core.Engine;
using ContainerLint.Core.IO;
using ContainerLint.Core.Model;
using ContainerLint.Core.Reporting;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

/// <summary>
/// Lints the project's container inputs (the <c>ContainerLintFile</c> items and the .NET SDK
/// container properties) in-process with the same engine as the CLI, logs every finding as an
/// MSBuild diagnostic and caches them in obj/ for replay on no-op builds.
/// </summary>
public sealed class ContainerLintTask : Microsoft.Build.Utilities.Task
{
    // The shared loader's ConfigurationException messages read "path(line,col): message".
    private static readonly Regex PositionedMessage = new(@"^(?<file>.+?)\((?<line>\d+),(?<col>\d+)\): (?<msg>.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The files to lint (Dockerfiles, Compose files, Kubernetes manifests).</summary>
    public ITaskItem[] Files { get; set; } = [];

    [Required]
    public string ProjectPath { get; set; } = "";

    public string? DirectoryBuildPropsPath { get; set; }
    public string? DirectoryBuildTargetsPath { get; set; }

    /// <summary>Whether the project can publish a container (<c>EnableSdkContainerSupport</c>).</summary>
    public bool IsContainerProject { get; set; }

    /// <summary>What the SDK infers the base image from when ContainerBaseImage is unset.</summary>
    public string? TargetFramework { get; set; }
    public string? TargetFrameworks { get; set; }
    public bool IsWebProject { get; set; }

    public string? ContainerBaseImage { get; set; }
    public string? ContainerFamily { get; set; }
    public string? ContainerUser { get; set; }
    public string? ContainerRegistry { get; set; }
    public string? ContainerRepository { get; set; }
    public string? ContainerImageTag { get; set; }
    public string? ContainerImageTags { get; set; }
    public ITaskItem[] ContainerPorts { get; set; } = [];
    public ITaskItem[] ContainerEnvironmentVariables { get; set; } = [];
    public ITaskItem[] ContainerLabels { get; set; } = [];

    public string? ConfigFile { get; set; }
    public string? Policy { get; set; }

    /// <summary><c>CL1001=error;CL1002=none</c>.</summary>
    public string? SeverityOverrides { get; set; }

    public string? DisabledRules { get; set; }
    public bool TreatWarningsAsErrors { get; set; }
    public string? WarningsNotAsErrors { get; set; }
    public string? NoWarn { get; set; }

    /// <summary>Where to write the findings for replay (obj/…); none when empty.</summary>
    public string? CacheFile { get; set; }

    /// <summary>
    /// Where to list every file whose content or existence the lint depended on besides the lint files (obj/…):
    /// configuration files, .editorconfig files, .dockerignore files and the places one could appear, so the next build
    /// reruns the lint when one changes; none when empty.
    /// </summary>
    public string? ReadListFile { get; set; }

    /// <summary>
    /// Where to write which of those files exist, one <c>read=PATH</c> or <c>absent=PATH</c> line each (existing first),
    /// exactly as the targets write it on the next build, so a file appearing or disappearing changes it.
    /// </summary>
    public string? ReadStateFile { get; set; }

    /// <summary>
    /// Where to write the fingerprint of every build context a rule listed (<c>fingerprint TAB Dockerfile</c>), which
    /// <see cref="ContainerLintContextCheckTask"/> compares with the contexts on the next build; deleted when no context was listed.
    /// </summary>
    public string? ContextStateFile { get; set; }

    /// <summary>
    /// The lint files of the other projects of the solution being built (full paths, with <c>MSBuildSourceProjectFile</c>):
    /// a file several projects lint is reported only by the one whose project path sorts first, so a solution build
    /// reports each finding once.
    /// </summary>
    public ITaskItem[] SolutionFiles { get; set; } = [];

    /// <summary>
    /// The baseline file (relative to the project folder) whose findings are not reported; empty: the nearest
    /// <c>.containerlint-baseline.json</c> at or above the project folder; <c>none</c>: no baseline.
    /// </summary>
    public string? Baseline { get; set; }

    /// <summary>Where to write a SARIF 2.1.0 log (relative to the project folder); none when empty.</summary>
    public string? SarifOutput { get; set; }

    /// <summary>
    /// The folder SARIF paths are relative to (<c>%SRCROOT%</c>), as the CLI's working folder is for
    /// its own SARIF. Default: the repository holding the project (nearest <c>.git</c>), else the project folder.
    /// </summary>
    public string? SourceRoot { get; set; }

    /// <summary>True once the lint ran (not set when the target was skipped as up to date).</summary>
    [Output]
    public bool Linted { get; set; }

    public override bool Execute()
    {
        var catalog = RuleCatalog.Default;
        var projectPath = Path.GetFullPath(ProjectPath);
        var projectDirectory = Path.GetDirectoryName(projectPath)!;
        if (ReadOverrides(catalog) is not { } overrides) return false;

        var root = string.IsNullOrWhiteSpace(SourceRoot)
            ? SdkContainerLayout.FindRepositoryRoot(projectPath)
            : Path.GetFullPath(Path.Combine(projectDirectory, SourceRoot));
        var layout = SdkContainerLayout.Build(BuildSdkProject(), ReadTextOrNull);
        var targets = new List<LintTarget>();
        var editorConfig = new EditorConfigResolver();
        ConfigurationResolver resolver;
        try
        {
            // The shared loader: nearest .containerlint.yaml per file (or ContainerLintConfig for all), properties win.
            resolver = new ConfigurationResolver(catalog, overrides, string.IsNullOrWhiteSpace(ConfigFile) ? null : Path.Combine(projectDirectory, ConfigFile), editorConfig);
            var seen = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
            var candidates = Files
                .Select(item => (Path: Path.GetFullPath(item.GetMetadata("FullPath") is { Length: > 0 } f ? f : Path.Combine(projectDirectory, item.ItemSpec)), Kind: (FileKind?)null))
                .Concat(layout.Files.Select(f => (Path: f, Kind: (FileKind?)FileKind.MSBuild)));
            foreach (var (full, kind) in candidates)
            {
                if (!seen.Add(full) || resolver.FileFor(full) is { } config && config.IsIgnored(full)) continue;
                targets.Add(new LintTarget(full, DisplayPath(root, full), kind, ExplicitlyGiven: kind is not null));
            }

            // Resolve every configuration before linting in parallel, so a bad file stops here with one error.
            foreach (var target in targets) resolver.For(target.FullPath);
        }
        catch (ConfigurationException ex)
        {
            LogConfigurationError(ex, projectPath);
            return false;
        }

        var frontEnds = BuiltInFrontEnds.All.Where(f => f.Kind != FileKind.MSBuild).Append(SdkContainerFrontEnd.ForProject(layout));
        var engine = new LintEngine(catalog, frontEnds);
        var runner = new LintRunner(engine, resolver.For);
        var results = runner.Run(targets);
        // Settings that tried to turn off or lower an enforced rule, once each where they are written (CL0018).
        var configurations = targets.Select(t => resolver.For(t.FullPath)).ToList();
        var policyFiles = configurations.SelectMany(c => c.PolicyViolations).Select(v => v.Path).Distinct(StringComparer.Ordinal).ToDictionary(p => DisplayPath(root, p), StringComparer.Ordinal);
        var report = LintReportBuilder.Create(ToolVersion, catalog, targets, results, root,
            executionSuccessful: !results.SelectMany(r => r.Findings).Any(f => f.RuleId == DiagnosticIds.FileUnreadable)) with { SecretNamePatterns = resolver.SecretNamePatterns };
        report = report with { Findings = ReportFindings.With(report.Findings, PolicyFindings.Of(configurations, catalog, p => DisplayPath(root, p))) };

        string? baselinePath;
        Core.Baselines.BaselinedFindings? baselined = null;
        try
        {
            baselinePath = BaselinePath(projectDirectory);
            if (baselinePath is not null) report = Core.Baselines.BaselinedFindings.Apply(report, Core.Baselines.Baseline.Load(baselinePath), out baselined);
        }
        catch (ConfigurationException ex)
        {
            LogConfigurationError(ex, projectPath);
            return false;
        }

        // Every file is linted (its facts may join with ours), but one another project of the solution reports is not reported twice.
        var reportedElsewhere = ReportedByAnotherProject(projectPath, targets);
        if (reportedElsewhere.Count > 0)
        {
            report = report with { Findings = ReportFindings.InMemory(report.Findings.All.Where(f => !reportedElsewhere.Contains(f.File))) };
            Log.LogMessage(MessageImportance.Normal, $"ContainerLint: {reportedElsewhere.Count} file(s) also linted by a project of the solution whose path sorts first; their findings are reported there.");
        }

        // MSBuild diagnostics carry full paths, so the IDE error list opens the right file.
        var fullPaths = targets.ToDictionary(t => t.DisplayPath, t => t.FullPath!, StringComparer.Ordinal);
        foreach (var (display, full) in policyFiles) fullPaths.TryAdd(display, full);
        var findings = report.UnsuppressedFindings
            .Select(f => FindingLog.ToCached(f, fullPaths[f.File], catalog.Find(f.RuleId)?.HelpUri ?? RuleCatalog.HelpBaseUri))
            .ToList();
        var log = new FindingLog(Log, TreatWarningsAsErrors, WarningsNotAsErrors, NoWarn);
        foreach (var finding in findings) log.Log(finding);

        // The read list and state before the outputs (SARIF, cache): an output must be newer than every input.
        var baselineReads = string.Equals(Baseline?.Trim(), "none", StringComparison.OrdinalIgnoreCase) ? []
            : baselinePath is not null && !string.IsNullOrWhiteSpace(Baseline) ? [baselinePath] : Core.Baselines.Baseline.ProbedPaths(projectDirectory);
        var reads = LintReads.For(targets.Select(t => t.FullPath!), resolver, editorConfig).Concat(layout.Files).Concat(baselineReads).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (!string.IsNullOrWhiteSpace(ReadListFile)) WriteLines(ReadListFile, reads);
        if (!string.IsNullOrWhiteSpace(ReadStateFile))
        {
            var exists = reads.ToLookup(r => File.Exists(r) || Directory.Exists(r));
            WriteLines(ReadStateFile, exists[true].Select(r => "read=" + r).Concat(exists[false].Select(r => "absent=" + r)));
        }

        if (!string.IsNullOrWhiteSpace(ContextStateFile))
        {
            var contexts = runner.Contexts.ListedState();
            if (contexts.Count > 0) WriteLines(ContextStateFile, contexts);
            else File.Delete(ContextStateFile);
        }

        if (!string.IsNullOrWhiteSpace(SarifOutput)) WriteSarif(Path.GetFullPath(Path.Combine(projectDirectory, SarifOutput)), report, projectDirectory);
        if (!string.IsNullOrWhiteSpace(CacheFile)) FindingCache.Write(CacheFile, findings);
        if (baselined is not null)
        {
            var stale = baselined.Stale;
            if (stale.Count > 0)
            {
                Log.LogMessage(MessageImportance.High, $"ContainerLint: {stale.Count} baseline entr{(stale.Count == 1 ? "y no longer matches" : "ies no longer match")} a finding (fixed or changed); run `containerlint baseline` to drop them: "
                    + string.Join("; ", stale.Take(20).Select(e => $"{e.File}:{e.Line} {e.RuleId}")));
            }
        }

        var baselinedText = baselined is null ? "" : $", {report.Findings.Totals.Baselined} baselined";
        Log.LogMessage(MessageImportance.Normal, $"ContainerLint: linted {results.Count(r => !r.Skipped)} file(s), {findings.Count} finding(s){baselinedText}.");
        Linted = true;
        return !Log.HasLoggedErrors;
    }

    /// <summary>The baseline to apply: <see cref="Baseline"/> (it must exist), the nearest one above the project, or none.</summary>
    private string? BaselinePath(string projectDirectory)
    {
        var given = Baseline?.Trim();
        if (string.Equals(given, "none", StringComparison.OrdinalIgnoreCase)) return null;
        if (string.IsNullOrEmpty(given)) return Core.Baselines.Baseline.Find(projectDirectory);
        var full = Path.GetFullPath(Path.Combine(projectDirectory, given));
        return File.Exists(full) ? full : throw new ConfigurationException($"ContainerLintBaseline: {given}: baseline file not found");
    }

    /// <summary>The package version, as the CLI reports its own (without the source-revision suffix).</summary>
    internal static string ToolVersion { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var informational = typeof(ContainerLintTask).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational)) return typeof(ContainerLintTask).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? informational[..plus] : informational;
    }

    private static string DisplayPath(string root, string fullPath) => Path.GetRelativePath(root, fullPath).Replace('\\', '/');

    /// <summary>The MSBuild properties as configuration overrides (they win over the file); null after logging an error.</summary>
    private ConfigurationOverrides? ReadOverrides(RuleCatalog catalog)
    {
        var ok = true;
        void Bad(string message)
        {
            Log.LogError(null, DiagnosticIds.ParseError, null, ProjectPath, 0, 0, 0, 0, message);
            ok = false;
        }

        string? policy = null;
        if (!string.IsNullOrWhiteSpace(Policy))
        {
            policy = Policy.Trim();
            if (!Policies.Names.Contains(policy)) Bad($"ContainerLintPolicy: unknown policy '{policy}'; use one of {string.Join(", ", Policies.Names)}.");
        }

        var disabled = new List<string>();
        foreach (var id in FindingLog.Codes(DisabledRules))
        {
            if (ConfigurationFile.CheckRuleId(catalog, id) is { } canonical) disabled.Add(canonical);
            else Bad($"ContainerLintDisabledRules: {ConfigurationFile.UnknownRule(id)}.");
        }

        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var entry in (SeverityOverrides ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = entry.IndexOf('=', StringComparison.Ordinal);
            var canonical = eq > 0 ? ConfigurationFile.CheckRuleId(catalog, entry[..eq].Trim()) : null;
            if (canonical is not null && SeverityNames.TryParse(entry[(eq + 1)..], out var severity)) severities[canonical] = severity;
            else Bad($"ContainerLintSeverityOverrides: '{entry}' is not RULEID=error|warning|note|none with a known rule id.");
        }

        // Project properties are the team's, not the operator's: they cannot turn off or lower a rule the root configuration enforces.
        return ok ? new ConfigurationOverrides { Policy = policy, Disable = disabled, Severity = severities, ProjectFile = Path.GetFullPath(ProjectPath) } : null;
    }

    /// <summary>One MSBuild error at the file and line the shared loader names (<c>path(line,col): message</c>).</summary>
    private void LogConfigurationError(ConfigurationException ex, string projectPath)
    {
        var match = PositionedMessage.Match(ex.Message);
        var (file, line, column, message) = match.Success
            ? (match.Groups["file"].Value, int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["col"].Value, CultureInfo.InvariantCulture), match.Groups["msg"].Value)
            : (string.IsNullOrWhiteSpace(ConfigFile) ? projectPath : ConfigFile, 0, 0, ex.Message);
        var help = RuleCatalog.Default.Find(DiagnosticIds.ParseError)?.HelpUri;
        Log.LogError(null, DiagnosticIds.ParseError, null, help, file, line, column, 0, 0, $"Invalid ContainerLint configuration: {message}");
    }

    /// <summary>The SARIF the CLI writes for the same files and root, written atomically and never through a symlink.</summary>
    private void WriteSarif(string path, LintReport report, string projectDirectory)
    {
        try
        {
            AtomicFile.Write(path, writer => new SarifReporter().Write(report, writer), projectDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, DiagnosticIds.FileUnreadable, null, path, 0, 0, 0, 0, $"ContainerLint could not write the SARIF log: {ex.Message}");
        }
    }

    private static void WriteLines(string path, IEnumerable<string> lines)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllLines(path, lines);
    }

    /// <summary>The display paths of the files that a project of the solution with a path sorting before ours also lints.</summary>
    private HashSet<string> ReportedByAnotherProject(string projectPath, IReadOnlyList<LintTarget> targets)
    {
        var comparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var claimedFirst = new HashSet<string>(comparer);
        foreach (var item in SolutionFiles)
        {
            var owner = item.GetMetadata("MSBuildSourceProjectFile");
            if (owner.Length == 0 || string.CompareOrdinal(Path.GetFullPath(owner), projectPath) >= 0) continue;
            claimedFirst.Add(Path.GetFullPath(item.ItemSpec));
        }

        return targets.Where(t => t.FullPath is { } full && claimedFirst.Contains(full)).Select(t => t.DisplayPath).ToHashSet(StringComparer.Ordinal);
    }

    private SdkContainerProject BuildSdkProject()
    {
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) properties[name] = value.Trim();
        }

        Add(SdkContainerNames.BaseImage, ContainerBaseImage);
        Add(SdkContainerNames.Family, ContainerFamily);
        Add(SdkContainerNames.User, ContainerUser);
        Add(SdkContainerNames.Registry, ContainerRegistry);
        Add(SdkContainerNames.Repository, ContainerRepository);
        Add(SdkContainerNames.ImageTag, ContainerImageTag);
        Add(SdkContainerNames.ImageTags, ContainerImageTags);
        // A single-target project (or an inner build) has TargetFramework; the outer build of a multi-targeted one only TargetFrameworks.
        if (!string.IsNullOrWhiteSpace(TargetFramework)) Add(SdkContainerNames.TargetFramework, TargetFramework);
        else Add(SdkContainerNames.TargetFrameworks, TargetFrameworks);
        Add(SdkContainerNames.EnableContainerSupport, IsContainerProject ? "true" : null);
        Add(SdkContainerNames.UsingWebSdk, IsWebProject ? "true" : null);

        var items = new List<SdkEvaluatedItem>();
        void AddItems(string type, ITaskItem[] source)
        {
            foreach (var item in source)
            {
                var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (string name in item.MetadataNames)
                {
                    metadata[name] = item.GetMetadata(name);
                }

                items.Add(new SdkEvaluatedItem(type, item.ItemSpec, metadata));
            }
        }

        AddItems(SdkContainerNames.Port, ContainerPorts);
        AddItems(SdkContainerNames.EnvironmentVariable, ContainerEnvironmentVariables);
        AddItems(SdkContainerNames.Label, ContainerLabels);

        return new SdkContainerProject
        {
            ProjectPath = Path.GetFullPath(ProjectPath),
            IsContainerProject = IsContainerProject,
            Properties = properties,
            Items = items,
            FilesBeforeProject = ExistingFiles(DirectoryBuildPropsPath),
            FilesAfterProject = ExistingFiles(DirectoryBuildTargetsPath),
        };
    }

    private static string[] ExistingFiles(string? path) =>
        !string.IsNullOrWhiteSpace(path) && File.Exists(path) ? [Path.GetFullPath(path)] : [];

    private static string? ReadTextOrNull(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
