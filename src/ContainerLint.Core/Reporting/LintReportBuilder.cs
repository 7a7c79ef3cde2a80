namespace ContainerLint.Core.Reporting;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>
/// Builds the <see cref="LintReport"/> of a run from the runner's results, the same way for the CLI
/// and the MSBuild task, so both write byte-identical SARIF/JSON for the same files and root.
/// </summary>
public static class LintReportBuilder
{
    public const string ToolName = "containerlint";

    /// <param name="toolVersion">The package version (both front doors ship the same one).</param>
    /// <param name="catalog">The catalog rule descriptors come from.</param>
    /// <param name="targets">What was linted; display paths must be relative to <paramref name="rootDirectory"/> with '/' separators.</param>
    /// <param name="results">The runner's results for <paramref name="targets"/>.</param>
    /// <param name="rootDirectory">The folder display paths are relative to (SARIF's <c>%SRCROOT%</c>).</param>
    /// <param name="executionSuccessful">False when some input could not be read.</param>
    public static LintReport Create(string toolVersion, RuleCatalog catalog, IReadOnlyList<LintTarget> targets, IReadOnlyList<FileResult> results, string rootDirectory, bool executionSuccessful)
    {
        var findings = results.SelectMany(r => r.Findings).ToList();
        findings.Sort(FindingOrder.Instance);
        return Create(toolVersion, catalog, targets, results.Select(LintedFile.Of).ToList(), findings, rootDirectory, executionSuccessful);
    }

    /// <summary>The report of a streamed run (<see cref="LintRunner.Run(IReadOnlyList{LintTarget}, IFindingSink, int)"/>), whose findings are read back from a completed <see cref="FindingSpool"/>.</summary>
    /// <param name="toolVersion">The package version.</param>
    /// <param name="catalog">The catalog rule descriptors come from.</param>
    /// <param name="targets">What was linted (sources are read again from these for snippets and carets).</param>
    /// <param name="files">The run's files, in target order.</param>
    /// <param name="findings">Every finding, read one file at a time.</param>
    /// <param name="rootDirectory">The folder display paths are relative to.</param>
    /// <param name="executionSuccessful">False when some input could not be read.</param>
    public static LintReport Create(string toolVersion, RuleCatalog catalog, IReadOnlyList<LintTarget> targets, IReadOnlyList<LintedFile> files, ReportFindings findings, string rootDirectory, bool executionSuccessful)
    {
        var sources = new SourceCache(targets);
        return new LintReport
        {
            ToolName = ToolName,
            ToolVersion = toolVersion,
            Files = files.Where(r => !r.Skipped).Select(r => new ReportedFile(r.Path, r.Kind)).OrderBy(f => f.Path, StringComparer.Ordinal).ToList(),
            Findings = findings,
            Catalog = catalog,
            ExecutionSuccessful = executionSuccessful,
            RootDirectory = rootDirectory,
            GetSource = sources.Get,
        };
    }

    /// <summary>
    /// Decoded file text for snippets and carets, read again on demand (the runner keeps no ASTs or
    /// texts). Only the last file is kept: reporters ask file by file. Not thread-safe: reporters run on one thread.
    /// </summary>
    private sealed class SourceCache(IReadOnlyList<LintTarget> targets)
    {
        private readonly Dictionary<string, LintTarget> _byDisplay = targets.GroupBy(t => t.DisplayPath).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        private (string Path, SourceText? Text)? _last;

        public SourceText? Get(string displayPath)
        {
            if (_last is { } last && string.Equals(last.Path, displayPath, StringComparison.Ordinal)) return last.Text;
            SourceText? text = null;
            if (_byDisplay.TryGetValue(displayPath, out var target))
            {
                try
                {
                    var bytes = target.Content ?? SafeFileReader.ReadAllBytes(target.FullPath!);
                    if (SourceDecoder.Decode(bytes, out _, out _) is { } decoded) text = new SourceText(decoded);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    text = null;
                }
            }

            _last = (displayPath, text);
            return text;
        }
    }
}
