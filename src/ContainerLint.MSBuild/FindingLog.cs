namespace ContainerLint.MSBuild;

using ContainerLint.Core.Model;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

/// <summary>One finding as logged and as cached in obj/ for replay on no-op builds.</summary>
public sealed record CachedFinding(string RuleId, string Severity, string Message, string File, int Line, int Column, int EndLine, int EndColumn, string HelpUri);

/// <summary>
/// Logs findings as MSBuild diagnostics: error → error, warning → warning (or error under
/// ContainerLintTreatWarningsAsErrors, unless the code is in WarningsNotAsErrors or NoWarn),
/// note → high-importance message. NoWarn/WarningsAsErrors/WarningsNotAsErrors of warnings
/// are applied by MSBuild itself.
/// </summary>
internal sealed class FindingLog
{
    // No subcategory: the console then prints the canonical "file(l,c,el,ec): error CL1001: message".
    private const string? Subcategory = null;
    private readonly TaskLoggingHelper _log;
    private readonly bool _treatWarningsAsErrors;
    private readonly HashSet<string> _notAsErrors;
    private readonly HashSet<string> _noWarn;

    public FindingLog(TaskLoggingHelper log, bool treatWarningsAsErrors, string? warningsNotAsErrors, string? noWarn)
    {
        _log = log;
        _treatWarningsAsErrors = treatWarningsAsErrors;
        _notAsErrors = Codes(warningsNotAsErrors);
        _noWarn = Codes(noWarn);
    }

    public void Log(CachedFinding f)
    {
        switch (f.Severity)
        {
            case "error":
                _log.LogError(Subcategory, f.RuleId, null, f.HelpUri, f.File, f.Line, f.Column, f.EndLine, f.EndColumn, f.Message);
                break;
            case "warning" when _treatWarningsAsErrors && !_notAsErrors.Contains(f.RuleId) && !_noWarn.Contains(f.RuleId):
                // Plain TreatWarningsAsErrors is not applied to task warnings by MSBuild, so escalate here.
                _log.LogError(Subcategory, f.RuleId, null, f.HelpUri, f.File, f.Line, f.Column, f.EndLine, f.EndColumn, f.Message);
                break;
            case "warning":
                _log.LogWarning(Subcategory, f.RuleId, null, f.HelpUri, f.File, f.Line, f.Column, f.EndLine, f.EndColumn, f.Message);
                break;
            default:
                _log.LogMessage(Subcategory, f.RuleId, null, f.File, f.Line, f.Column, f.EndLine, f.EndColumn, MessageImportance.High, f.Message);
                break;
        }
    }

    public static CachedFinding ToCached(Finding finding, string fullPath, string helpUri) => new(
        finding.RuleId, finding.Severity.ToName(), finding.Message, fullPath,
        finding.Span.Line, finding.Span.Column, finding.Span.EndLine, finding.Span.EndColumn, helpUri);

    internal static HashSet<string> Codes(string? list) =>
        new((list ?? "").Split([';', ',', ' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);
}
