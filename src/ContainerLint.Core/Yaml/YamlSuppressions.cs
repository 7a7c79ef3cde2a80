namespace ContainerLint.Core.Yaml;

using System.Text.RegularExpressions;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;

/// <summary>
/// Reads inline suppressions of YAML files: a comment line <c># containerlint ignore=CL2001,CL2005 -- reason</c>
/// silences those ids on the field that starts on the next non-blank, non-comment line (its whole
/// line range); <c># containerlint ignore-file=…</c> silences them in the whole file.
/// </summary>
public static partial class YamlSuppressions
{
    public static IReadOnlyList<Suppression> FromComments(YamlStream stream, List<RuleHit> diagnostics)
    {
        var text = stream.Text;
        var result = new List<Suppression>();

        // Every directive line holds the word: one vectorised search spares the line walk in the common file without any.
        if (!text.Text.Contains("containerlint", StringComparison.Ordinal)) return result;

        // One pass: line directives wait (in their place in the result) for the next line that is neither blank nor a
        // comment, so a run of 20,000 comments is not re-scanned for each of them.
        var waiting = new List<(int Slot, IReadOnlySet<string> Ids, string? Reason, SourceSpan Span)>();
        for (var line = 1; line <= text.LineCount; line++)
        {
            var content = text.GetLine(line);
            var trimmed = content.TrimStart();
            if (trimmed.IsWhiteSpace()) continue;
            if (!trimmed.StartsWith("#"))
            {
                Resolve(line);
                continue;
            }

            var body = trimmed[1..].Trim();
            if (!body.StartsWith("containerlint", StringComparison.Ordinal)) continue;
            var column = content.Length - trimmed.Length + 1;
            var span = new SourceSpan(line, column, line, content.Length + 1);
            var match = Directive().Match(body.ToString());
            if (!match.Success)
            {
                diagnostics.Add(new RuleHit(span, body.ToString()) { RuleIdOverride = DiagnosticIds.MalformedSuppression });
                continue;
            }

            var ids = ParseIds(match.Groups["ids"].Value);
            var reason = match.Groups["reason"].Success ? match.Groups["reason"].Value.Trim() : null;
            if (match.Groups["kind"].Value == "ignore-file")
            {
                result.Add(Suppression.WholeFile(ids, reason, span));
                continue;
            }

            waiting.Add((result.Count, ids, reason, span));
            result.Add(null!);
        }

        // Directives at the end of the file silence nothing (and are reported as unused).
        Resolve(text.LineCount + 1);
        return result;

        void Resolve(int target)
        {
            if (waiting.Count == 0) return;
            var end = stream.FieldEndLine(target) ?? target;
            foreach (var (slot, ids, reason, span) in waiting) result[slot] = new Suppression(ids, target, end, reason, span);
            waiting.Clear();
        }
    }

    /// <summary>Splits <c>CL2001, CL2005</c> into a set of ids.</summary>
    public static IReadOnlySet<string> ParseIds(string list) =>
        list.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^containerlint\s+(?<kind>ignore|ignore-file)\s*=\s*(?<ids>CL\d{4}(?:\s*,\s*CL\d{4})*)\s*(?:--\s*(?<reason>.*))?$")]
    private static partial Regex Directive();
}
