namespace ContainerLint.MSBuild;

using ContainerLint.Core.Dockerfile.Context;
using Microsoft.Build.Framework;

/// <summary>
/// Before the lint target's up-to-date check: lists again the build contexts the last lint listed (COPY . . ships the
/// Dockerfile's folder, so a secret file added to or removed from it changes the findings, and no single file's time
/// stamp says so) and rewrites the context-state file only when a fingerprint changed. The file (written only when a rule
/// listed a context) is an input of the lint target, so a changed context reruns the lint and an unchanged one keeps the
/// build incremental.
/// </summary>
public sealed class ContainerLintContextCheckTask : Microsoft.Build.Utilities.Task
{
    /// <summary>The <c>fingerprint TAB Dockerfile</c> lines <see cref="ContainerLintTask"/> wrote when it linted.</summary>
    [Required]
    public string StateFile { get; set; } = "";

    public override bool Execute()
    {
        if (!File.Exists(StateFile)) return true;
        try
        {
            var last = File.ReadAllLines(StateFile);
            var now = BuildContexts.Relist(last);
            if (now.SequenceEqual(last, StringComparer.Ordinal)) return true;
            File.WriteAllLines(StateFile, now);
            Log.LogMessage(MessageImportance.Normal, "ContainerLint: a Dockerfile's build context changed since the last lint; linting again.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Unsure whether the context changed: touch the state so the lint target runs (it rewrites the state).
            Log.LogMessage(MessageImportance.Normal, $"ContainerLint: cannot check the build contexts ({ex.Message}); linting again.");
            File.SetLastWriteTimeUtc(StateFile, DateTime.UtcNow);
        }

        return true;
    }
}
