namespace ContainerLint.Core.Yaml;

using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;

/// <summary>
/// Reads inline suppressions of YAML files: a comment line <c># containerlint ignore=CL2001,CL2005 -- reason</c>
/// silences those ids on the field that starts on the next non-blank, non-comment line (its whole
/// line range); <c># containerlint ignore-file=…</c> silences them in the whole file.
/// </summary>
public static class YamlSuppressions
{
    public static IReadOnlyList<Suppression> FromComments(YamlStream stream, List<RuleHit> diagnostics)
    {
        var text = stream.Text;
        var result = new List<Suppression>();

        // Every directive line holds the word: one vectorised search spares the line walk in the common file without any.
        if (!text.Text.Contains("containerlint", StringComparison.Ordinal)) return result;

        // One pass: line directives wait (in their place in the result) for the next line that is neither blank nor a
        // comment, so a run of 20,000 comments is not re-scanned for each of them.
        var waiting = new List<(int Slot, SuppressionDirective Directive, SourceSpan Span)>();
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
            if (SuppressionDirective.Parse(body.ToString(), out var problem) is not { } directive)
            {
                diagnostics.Add(new RuleHit(span, problem!) { RuleIdOverride = DiagnosticIds.MalformedSuppression });
                continue;
            }

            if (directive.WholeFile)
            {
                result.Add(Suppression.WholeFile(directive.RuleIds, directive.Reason, span) with { Until = directive.Until });
                continue;
            }

            waiting.Add((result.Count, directive, span));
            result.Add(null!);
        }

        // Directives at the end of the file silence nothing (and are reported as unused).
        Resolve(text.LineCount + 1);
        return result;

        void Resolve(int target)
        {
            if (waiting.Count == 0) return;
            var end = stream.FieldEndLine(target) ?? target;
            foreach (var (slot, directive, span) in waiting) result[slot] = new Suppression(directive.RuleIds, target, end, directive.Reason, span) { Until = directive.Until };
            waiting.Clear();
        }
    }

    /// <summary>Splits <c>CL2001, CL2005</c> into a set of ids.</summary>
    public static IReadOnlySet<string> ParseIds(string list) =>
        list.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
}
