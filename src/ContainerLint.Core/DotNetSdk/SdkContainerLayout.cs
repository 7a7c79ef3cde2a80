namespace ContainerLint.Core.DotNetSdk;

using System.Text.RegularExpressions;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Text;

/// <summary>
/// Where each evaluated container setting of a project is written: the last definition in
/// evaluation order across the project file and the repository files it imports
/// (Directory.Build.props/targets and their in-repo imports). One document per such file.
/// </summary>
public sealed partial class SdkContainerLayout
{
    /// <summary>Import chains deeper than this are not followed (cycles are cut separately).</summary>
    public const int MaxImportDepth = 16;

    private readonly Dictionary<string, SdkContainerDocument> _documents;
    private readonly Dictionary<string, IReadOnlyList<RuleHit>> _diagnostics;

    private SdkContainerLayout(string projectPath, Dictionary<string, SdkContainerDocument> documents, Dictionary<string, IReadOnlyList<RuleHit>> diagnostics)
    {
        ProjectPath = projectPath;
        _documents = documents;
        _diagnostics = diagnostics;
    }

    public string ProjectPath { get; }

    /// <summary>The files that hold a container setting, plus the project file; empty when the project publishes no container.</summary>
    public IReadOnlyList<string> Files => _documents.Keys.Order(StringComparer.Ordinal).ToArray();

    public SdkContainerDocument? Find(string fullPath) => _documents.GetValueOrDefault(Normalize(fullPath));

    public IReadOnlyList<RuleHit> DiagnosticsFor(string fullPath) => _diagnostics.GetValueOrDefault(Normalize(fullPath)) ?? [];

    /// <summary>Reads the project and its in-repo imports (through <paramref name="readText"/>, null when unreadable) and places every evaluated setting.</summary>
    public static SdkContainerLayout Build(SdkContainerProject project, Func<string, string?> readText)
    {
        var projectPath = Normalize(project.ProjectPath);
        var root = project.RepositoryRoot is { Length: > 0 } r ? Normalize(r) : FindRepositoryRoot(projectPath);
        var sequence = new List<(string File, object Entry)>();
        var scans = new Dictionary<string, ProjectXmlScan>(StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);

        void Visit(string file, int depth)
        {
            if (depth > MaxImportDepth || !visiting.Add(file)) return;
            if (!scans.TryGetValue(file, out var scan))
            {
                if (readText(file) is not { } content) return;
                scan = ProjectXmlReader.Read(new SourceText(content));
                scans[file] = scan;
            }

            foreach (var entry in scan.InOrder)
            {
                if (entry is ProjectImport import)
                {
                    if (ResolveImport(import.Project, file, projectPath) is { } target && IsUnder(target, root)) Visit(target, depth + 1);
                }
                else
                {
                    sequence.Add((file, entry));
                }
            }

            visiting.Remove(file);
        }

        foreach (var f in project.FilesBeforeProject) Visit(Normalize(f), 1);
        Visit(projectPath, 0);
        foreach (var f in project.FilesAfterProject) Visit(Normalize(f), 1);

        var documents = new Dictionary<string, SdkContainerDocument>(StringComparer.Ordinal);
        var diagnostics = scans.Where(s => s.Value.Diagnostics.Count > 0).ToDictionary(s => s.Key, s => s.Value.Diagnostics, StringComparer.Ordinal);
        if (!project.IsContainerProject) return new SdkContainerLayout(projectPath, documents, diagnostics);

        var projectSpan = scans.TryGetValue(projectPath, out var projectScan) ? projectScan.ProjectElementSpan : SourceSpan.FileStart;
        var properties = new Dictionary<string, List<SdkProperty>>(StringComparer.Ordinal);
        var items = new Dictionary<string, List<SdkItem>>(StringComparer.Ordinal);
        List<SdkProperty> PropsOf(string f) => properties.TryGetValue(f, out var l) ? l : properties[f] = [];
        List<SdkItem> ItemsOf(string f) => items.TryGetValue(f, out var l) ? l : items[f] = [];

        foreach (var (name, value) in project.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            var owner = sequence.LastOrDefault(s => s.Entry is SdkProperty p && p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            // A value set outside the repository's files (command line, SDK) is shown at the project element.
            var (file, span) = owner.Entry is SdkProperty located ? (owner.File, located.Span) : (projectPath, projectSpan);
            PropsOf(file).Add(new SdkProperty(name, value.Trim(), span));
        }

        foreach (var item in project.Items)
        {
            var owner = sequence.LastOrDefault(s => s.Entry is SdkItem i
                && i.ItemType.Equals(item.ItemType, StringComparison.OrdinalIgnoreCase)
                && i.Include.Split(';', StringSplitOptions.TrimEntries).Contains(item.Include, StringComparer.OrdinalIgnoreCase));
            var (file, span) = owner.Entry is SdkItem located ? (owner.File, located.Span) : (projectPath, projectSpan);
            ItemsOf(file).Add(new SdkItem(item.ItemType, item.Include, item.Metadata, span));
        }

        var all = new Dictionary<string, string>(project.Properties.Where(p => !string.IsNullOrWhiteSpace(p.Value)), StringComparer.OrdinalIgnoreCase);
        foreach (var file in properties.Keys.Concat(items.Keys).Append(projectPath).Distinct(StringComparer.Ordinal))
        {
            var props = properties.GetValueOrDefault(file) ?? [];
            var its = items.GetValueOrDefault(file) ?? [];
            props.Sort((a, b) => a.Span.CompareTo(b.Span));
            its.Sort((a, b) => a.Span.CompareTo(b.Span));
            documents[file] = new SdkContainerDocument(file, props, its, all);
        }

        return new SdkContainerLayout(projectPath, documents, diagnostics);
    }

    [GeneratedRegex(@"^\$\(\[MSBuild\]::GetPathOfFileAbove\(\s*'?(?<name>[^',)]+)'?\s*,\s*'?\$\(MSBuildThisFileDirectory\)\.\.[/\\]?'?\s*\)\)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FileAbove();

    /// <summary>Resolves the import forms repositories use for their own files; anything else (SDK paths, properties) is not followed.</summary>
    internal static string? ResolveImport(string raw, string importingFile, string projectPath)
    {
        var value = raw.Trim();
        if (value.Length == 0) return null;
        var thisDir = Path.GetDirectoryName(importingFile) ?? "";
        var match = FileAbove().Match(value);
        if (match.Success)
        {
            var dir = Path.GetDirectoryName(thisDir);
            while (dir is not null)
            {
                var candidate = Path.Combine(dir, match.Groups["name"].Value);
                if (File.Exists(candidate)) return Normalize(candidate);
                dir = Path.GetDirectoryName(dir);
            }

            return null;
        }

        value = value
            .Replace("$(MSBuildThisFileDirectory)", thisDir + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase)
            .Replace("$(MSBuildProjectDirectory)", Path.GetDirectoryName(projectPath) ?? "", StringComparison.OrdinalIgnoreCase);
        if (value.Contains("$(", StringComparison.Ordinal) || value.Contains('*') || value.Contains(';')) return null;
        value = value.Replace('\\', Path.DirectorySeparatorChar);
        var full = Normalize(Path.IsPathRooted(value) ? value : Path.Combine(thisDir, value));
        return File.Exists(full) ? full : null;
    }

    /// <summary>The repository holding a project (nearest folder with <c>.git</c>), else the project folder.</summary>
    public static string FindRepositoryRoot(string projectPath)
    {
        var projectDir = Path.GetDirectoryName(projectPath) ?? projectPath;
        for (var dir = projectDir; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (Directory.Exists(Path.Combine(dir, ".git")) || File.Exists(Path.Combine(dir, ".git"))) return dir;
        }

        return projectDir;
    }

    private static bool IsUnder(string path, string root)
    {
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    internal static string Normalize(string path) => Path.GetFullPath(path);
}
