namespace ContainerLint.MSBuild;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.DotNetSdk;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

/// <summary>
/// Lints the project's container inputs (the <c>ContainerLintFile</c> items and the .NET SDK
/// container properties) in-process with the same engine as the CLI, logs every finding as an
/// MSBuild diagnostic and caches them in obj/ for replay on no-op builds.
/// </summary>
public sealed class ContainerLintTask : Microsoft.Build.Utilities.Task
{
    /// <summary>The files to lint (Dockerfiles, Compose files, Kubernetes manifests).</summary>
    public ITaskItem[] Files { get; set; } = [];

    [Required]
    public string ProjectPath { get; set; } = "";

    public string? DirectoryBuildPropsPath { get; set; }
    public string? DirectoryBuildTargetsPath { get; set; }

    /// <summary>Whether the project can publish a container (<c>EnableSdkContainerSupport</c>).</summary>
    public bool IsContainerProject { get; set; }

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

    /// <summary>Where to write a SARIF 2.1.0 log; none when empty.</summary>
    public string? SarifOutput { get; set; }

    /// <summary>True once the lint ran (not set when the target was skipped as up to date).</summary>
    [Output]
    public bool Linted { get; set; }

    public override bool Execute()
    {
        var overrides = ConfigurationFactory.ParseOverrides(SeverityOverrides, bad =>
            Log.LogError(null, "CL0002", null, ProjectPath, 0, 0, 0, 0, $"ContainerLintSeverityOverrides: '{bad}' is not RULEID=error|warning|note|none."));
        var configurations = new ConfigurationFactory(ConfigFile, Policy, FindingLog.Codes(DisabledRules), overrides);

        var layout = SdkContainerLayout.Build(BuildSdkProject(), ReadTextOrNull);
        var frontEnds = BuiltInFrontEnds.All.Where(f => f.Kind != FileKind.MSBuild).Append(SdkContainerFrontEnd.ForProject(layout));
        var engine = new LintEngine(RuleCatalog.Default, frontEnds);
        var runner = new LintRunner(engine, configurations.For);

        var targets = new List<LintTarget>();
        var seen = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var item in Files)
        {
            var full = Path.GetFullPath(item.GetMetadata("FullPath") is { Length: > 0 } f ? f : item.ItemSpec);
            if (seen.Add(full)) targets.Add(new LintTarget(full, full));
        }

        foreach (var file in layout.Files)
        {
            if (seen.Add(file)) targets.Add(new LintTarget(file, file, FileKind.MSBuild, ExplicitlyGiven: true));
        }

        var results = runner.Run(targets);
        foreach (var (file, line, column, message) in configurations.Problems)
        {
            Log.LogError(null, "CL0002", null, file, line, column, 0, 0, $"Invalid ContainerLint configuration: {message}");
        }

        var findings = new List<CachedFinding>();
        foreach (var result in results)
        {
            foreach (var finding in result.Findings)
            {
                if (finding.Suppressed) continue;
                var help = engine.Catalog.Find(finding.RuleId)?.HelpUri ?? RuleCatalog.HelpBaseUri;
                findings.Add(FindingLog.ToCached(finding, finding.File, help));
            }
        }

        var log = new FindingLog(Log, TreatWarningsAsErrors, WarningsNotAsErrors, NoWarn);
        foreach (var finding in findings) log.Log(finding);

        if (!string.IsNullOrWhiteSpace(SarifOutput)) WriteSarif(SarifOutput, results, engine.Catalog);
        if (!string.IsNullOrWhiteSpace(CacheFile)) FindingCache.Write(CacheFile, findings);
        Log.LogMessage(MessageImportance.Normal, $"ContainerLint: linted {results.Count(r => !r.Skipped)} file(s), {findings.Count} finding(s).");
        Linted = true;
        return !Log.HasLoggedErrors;
    }

    /// <summary>
    /// Writes the SARIF log for CI upload. Interim writer in this package; the lead connects the
    /// shared ContainerLint.Core.Reporting SARIF writer here once it is merged.
    /// </summary>
    private void WriteSarif(string path, IReadOnlyList<FileResult> results, RuleCatalog catalog)
    {
        try
        {
            InterimSarifWriter.Write(Path.GetFullPath(path), results, catalog, Path.GetDirectoryName(Path.GetFullPath(ProjectPath))!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, "CL0001", null, path, 0, 0, 0, 0, $"ContainerLint could not write the SARIF log: {ex.Message}");
        }
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
