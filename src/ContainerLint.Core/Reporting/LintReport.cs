namespace ContainerLint.Core.Reporting;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>A linted file as reported: its display path and kind.</summary>
public sealed record ReportedFile(string Path, FileKind Kind);

/// <summary>
/// Everything a reporter may show about one run. Reporters know nothing about rules beyond the
/// catalog, and nothing about the file system beyond <see cref="GetSource"/>.
/// </summary>
public sealed record LintReport
{
    public required string ToolName { get; init; }

    public required string ToolVersion { get; init; }

    /// <summary>Files that were linted (skipped files are not listed), in path order.</summary>
    public required IReadOnlyList<ReportedFile> Files { get; init; }

    /// <summary>
    /// Every finding, suppressed ones included, in <see cref="FindingOrder"/>: an in-memory list
    /// (a <see cref="Finding"/> array or list converts implicitly) or a spool read back one file at a time.
    /// </summary>
    public required ReportFindings Findings { get; init; }

    public required RuleCatalog Catalog { get; init; }

    /// <summary>Wall-clock time of the run; only the text summary shows it, so other formats stay byte-stable.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Whether suppressed findings are shown by the formats that have a <c>suppressed</c> field (text, json, checkstyle).</summary>
    public bool IncludeSuppressed { get; init; }

    /// <summary>False when some input could not be read (exit code 2); SARIF records it in its invocation.</summary>
    public bool ExecutionSuccessful { get; init; } = true;

    /// <summary>A baseline file was applied: SARIF marks each result <c>baselineState</c> new or unchanged.</summary>
    public bool BaselineApplied { get; init; }

    /// <summary>The folder display paths are relative to (SARIF's <c>%SRCROOT%</c>); null to leave it out.</summary>
    public string? RootDirectory { get; init; }

    /// <summary>The <c>secretNamePatterns</c> of the run's configurations, so shown source masks what the secret rules flagged by those names too.</summary>
    public IReadOnlyList<string> SecretNamePatterns { get; init; } = [];

    /// <summary>The decoded text of a file by display path (for snippets and carets), or null when unavailable. Reporters ask file by file, in path order.</summary>
    public Func<string, SourceText?> GetSource { get; init; } = static _ => null;

    /// <summary>The findings a format without a suppression concept shows: unsuppressed ones, plus suppressed ones with <see cref="IncludeSuppressed"/>.</summary>
    public IEnumerable<Finding> VisibleFindings => IncludeSuppressed ? Findings.All : Findings.All.Where(f => !f.Suppressed);

    public IEnumerable<Finding> UnsuppressedFindings => Findings.All.Where(f => !f.Suppressed);

    /// <summary>The visible findings of one file's group (see <see cref="ReportFindings.ByFile"/>).</summary>
    public IEnumerable<Finding> Visible(IReadOnlyList<Finding> fileFindings) => IncludeSuppressed ? fileFindings : fileFindings.Where(f => !f.Suppressed);
}

/// <summary>Writes a <see cref="LintReport"/> in one output format.</summary>
public interface IReporter
{
    void Write(LintReport report, TextWriter writer);
}
