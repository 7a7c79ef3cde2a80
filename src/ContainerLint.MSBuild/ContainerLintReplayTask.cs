namespace ContainerLint.MSBuild;

using Microsoft.Build.Framework;

/// <summary>
/// Re-logs the findings cached by <see cref="ContainerLintTask"/> when the lint target was skipped
/// as up to date, so warnings and errors of unchanged files do not vanish on a no-op build.
/// </summary>
public sealed class ContainerLintReplayTask : Microsoft.Build.Utilities.Task
{
    [Required]
    public string CacheFile { get; set; } = "";

    public bool TreatWarningsAsErrors { get; set; }
    public string? WarningsNotAsErrors { get; set; }
    public string? NoWarn { get; set; }

    public override bool Execute()
    {
        var findings = FindingCache.Read(CacheFile);
        if (findings is null)
        {
            Log.LogMessage(MessageImportance.Low, $"ContainerLint: no usable cache at {CacheFile}; nothing to replay.");
            return true;
        }

        Log.LogMessage(MessageImportance.Normal, $"ContainerLint: inputs unchanged, replaying {findings.Count} cached finding(s) from {CacheFile}.");
        var log = new FindingLog(Log, TreatWarningsAsErrors, WarningsNotAsErrors, NoWarn);
        foreach (var finding in findings) log.Log(finding);
        return !Log.HasLoggedErrors;
    }
}
