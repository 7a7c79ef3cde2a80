namespace ContainerLint.Core.Reporting;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>
/// The one stable identity of a finding, shared by SARIF's <c>partialFingerprints</c>, the baseline file and GitLab's
/// Code Quality <c>fingerprint</c>: rule, file, the offending line's (redacted) text with whitespace normalised, and
/// which occurrence of that triple it is in the file, never the line number, so inserting or deleting lines
/// elsewhere keeps it.
/// </summary>
public static class FindingFingerprints
{
    /// <summary>
    /// The fingerprint of <paramref name="f"/>. Call it for each of a file's findings in <see cref="FindingOrder"/>, all
    /// of them (suppressed ones too), with one <paramref name="occurrences"/> per file, so every consumer numbers the
    /// occurrences alike.
    /// </summary>
    /// <param name="f">The finding.</param>
    /// <param name="source">The file's text as reports show it (<see cref="RedactedSources"/>), or null: the message stands for the line.</param>
    /// <param name="occurrences">The counts so far in this file.</param>
    /// <param name="file">The file's name in the key; default the finding's display path (relative to the working folder,
    /// as SARIF's <c>%SRCROOT%</c>). The baseline passes the path relative to its own folder, so its fingerprints do not
    /// depend on where the tool runs; run from that folder, they are SARIF's.</param>
    public static string Of(Finding f, SourceText? source, Dictionary<string, int> occurrences, string? file = null)
    {
        var lineText = source is not null && f.Span.Line >= 1 && f.Span.Line <= source.LineCount ? Normalise(source.GetLineString(f.Span.Line)) : f.Message;
        var key = string.Join('\u001f', f.RuleId, file ?? f.File, lineText);
        var occurrence = occurrences.TryGetValue(key, out var n) ? n + 1 : 1;
        occurrences[key] = occurrence;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexStringLower(hash, 0, 16) + ":" + occurrence.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Each finding of one file's group (<see cref="ReportFindings.ByFile"/>) with its fingerprint, in order.</summary>
    /// <param name="file">The file's findings.</param>
    /// <param name="sources">Where the redacted text comes from.</param>
    /// <param name="name">The file's name in the key (see <see cref="Of"/>); default its display path.</param>
    internal static IEnumerable<(Finding Finding, string Fingerprint)> OfFile(IReadOnlyList<Finding> file, RedactedSources sources, string? name = null)
    {
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in file) yield return (f, Of(f, sources.Get(f.File, file), occurrences, name));
    }

    private static string Normalise(string line) => string.Join(' ', line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
