namespace ContainerLint.Core.Engine;

using System.Globalization;
using System.Text.RegularExpressions;

/// <summary>
/// One inline suppression comment, the same in every front end's comments (Dockerfile, YAML):
/// <c>containerlint ignore=CL1001,CL1002 [until=YYYY-MM-DD] [-- reason]</c>, or <c>ignore-file=</c> for the whole file.
/// </summary>
/// <param name="WholeFile"><c>ignore-file=</c>.</param>
/// <param name="RuleIds">The ids it names.</param>
/// <param name="Until">The last day it suppresses, or null.</param>
/// <param name="Reason">The text after <c>--</c>, trimmed; null when there is none or it is blank.</param>
public sealed partial record SuppressionDirective(bool WholeFile, IReadOnlySet<string> RuleIds, DateOnly? Until, string? Reason)
{
    /// <summary>
    /// Reads a comment's text (after <c>#</c>, trimmed). Null with <paramref name="problem"/> set when it starts with
    /// <c>containerlint</c> but is not a directive (reported as CL0008): a bad shape, or an <c>until=</c> that is no date.
    /// </summary>
    public static SuppressionDirective? Parse(string comment, out string? problem)
    {
        problem = null;
        var match = Directive().Match(comment);
        if (!match.Success)
        {
            problem = comment;
            return null;
        }

        DateOnly? until = null;
        if (match.Groups["until"].Success)
        {
            var text = match.Groups["until"].Value;
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                problem = $"{comment} (until='{text}' is not a date; write until=YYYY-MM-DD)";
                return null;
            }

            until = day;
        }

        var ids = match.Groups["ids"].Value
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.Ordinal);
        var reason = match.Groups["reason"].Success && !string.IsNullOrWhiteSpace(match.Groups["reason"].Value) ? match.Groups["reason"].Value.Trim() : null;
        return new SuppressionDirective(match.Groups["kind"].Value == "ignore-file", ids, until, reason);
    }

    [GeneratedRegex(@"^containerlint[ \t]+(?<kind>ignore|ignore-file)[ \t]*=[ \t]*(?<ids>CL\d{4}(?:[ \t]*,[ \t]*CL\d{4})*)(?:[ \t]+until[ \t]*=[ \t]*(?<until>[^ \t]+))?[ \t]*(?:--(?<reason>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Directive();
}
