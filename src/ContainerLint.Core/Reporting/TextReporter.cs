namespace ContainerLint.Core.Reporting;

using System.Globalization;
using System.Text;
using ContainerLint.Core.Model;

/// <summary>
/// The format for people: findings grouped by file, each with the offending line and a caret and
/// tildes under the span, then a one-line summary. ANSI colour only when the caller says the
/// output is a terminal and colour is wanted (the CLI checks <c>NO_COLOR</c> and <c>--no-color</c>).
/// </summary>
public sealed class TextReporter(bool color) : IReporter
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";

    public void Write(LintReport report, TextWriter writer)
    {
        var findings = report.VisibleFindings.ToList();
        var sources = new RedactedSources(report);
        foreach (var group in findings.GroupBy(f => f.File))
        {
            writer.Write(Paint(Bold, group.Key));
            writer.Write('\n');
            var source = sources.Get(group.Key);
            foreach (var f in group)
            {
                var severity = f.Severity.ToName();
                var colour = SeverityColour(f.Severity);
                writer.Write($"  {f.Span.Line}:{f.Span.Column}  {Paint(colour, severity)}  {Paint(Dim, f.RuleId)}  {f.Message}");
                if (f.Suppressed)
                {
                    writer.Write(Paint(Dim, f.SuppressionJustification is { Length: > 0 } j ? $"  (suppressed: {j})" : "  (suppressed)"));
                }

                writer.Write('\n');
                if (source is not null && f.Span.Line >= 1 && f.Span.Line <= source.LineCount)
                {
                    var line = source.GetLineString(f.Span.Line);
                    var gutter = f.Span.Line.ToString(CultureInfo.InvariantCulture);
                    var pad = new string(' ', gutter.Length);
                    writer.Write($"    {Paint(Dim, gutter + " |")} {line}\n");
                    writer.Write($"    {Paint(Dim, pad + " |")} {Paint(colour, Underline(line, f.Span))}\n");
                }
            }

            writer.Write('\n');
        }

        writer.Write(Summary(report, findings));
        writer.Write('\n');
    }

    /// <summary>The caret line: spaces (tabs kept, so it lines up) to the start column, then <c>^</c> and <c>~</c> to the end of the span on that line.</summary>
    public static string Underline(string line, SourceSpan span)
    {
        var start = Math.Clamp(span.Column - 1, 0, line.Length);
        var end = span.EndLine == span.Line ? Math.Clamp(span.EndColumn - 1, start, line.Length) : line.Length;
        var sb = new StringBuilder();
        for (var i = 0; i < start; i++) sb.Append(line[i] == '\t' ? '\t' : ' ');
        sb.Append('^');
        for (var i = start + 1; i < end; i++) sb.Append('~');
        return sb.ToString();
    }

    private string Summary(LintReport report, IReadOnlyList<Finding> shown)
    {
        var counted = shown.Where(f => !f.Suppressed).ToList();
        int Count(Severity s) => counted.Count(f => f.Severity == s);
        var files = report.Files.Count;
        var parts = new List<string>();
        var errors = Count(Severity.Error);
        var warnings = Count(Severity.Warning);
        var notes = Count(Severity.Note);
        parts.Add(Paint(errors > 0 ? Red : "", Plural(errors, "error")));
        parts.Add(Paint(warnings > 0 ? Yellow : "", Plural(warnings, "warning")));
        parts.Add(Paint(notes > 0 ? Cyan : "", Plural(notes, "note")));
        var suppressed = report.Findings.Count(f => f.Suppressed);
        var suppressedText = suppressed > 0 ? $", {suppressed} suppressed" : "";
        var seconds = report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        return $"{Plural(files, "file")} linted, {Plural(counted.Count, "finding")} ({string.Join(", ", parts)}){suppressedText} in {seconds}s";
    }

    private static string Plural(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

    private static string SeverityColour(Severity severity) => severity switch
    {
        Severity.Error => Red,
        Severity.Warning => Yellow,
        _ => Cyan,
    };

    private string Paint(string code, string text) => color && code.Length > 0 ? code + text + Reset : text;
}
