namespace ContainerLint.Core.Reporting;

using System.Globalization;
using System.Text;
using ContainerLint.Core.Model;

/// <summary>
/// The format for people: findings grouped by file, each located as <c>path:line:col</c> (what terminals and
/// editors turn into a link, as for compilers and eslint) with the offending line (cut around the span when
/// long) and a caret and tildes under the span, then a one-line summary. Paths, messages and source are shown
/// with control characters escaped (<see cref="ShownText"/>), so a file cannot drive the terminal. ANSI colour
/// only when the caller says the output is a terminal and colour is wanted (the CLI checks <c>NO_COLOR</c> and
/// <c>--no-color</c>).
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
        var output = new ReportWriter(writer);
        var sources = new RedactedSources(report);
        foreach (var file in report.Findings.ByFile())
        {
            var shown = report.Visible(file).ToList();
            if (shown.Count == 0) continue;
            var path = shown[0].File;
            var shownPath = ShownText.Escape(path);
            output.Write(Paint(Bold, shownPath));
            output.Write('\n');
            var source = sources.Get(path, file);
            foreach (var f in shown)
            {
                var severity = f.Severity.ToName();
                var colour = SeverityColour(f.Severity);
                output.Write($"  {shownPath}:{f.Span.Line}:{f.Span.Column}  {Paint(colour, severity)}  {Paint(Dim, f.RuleId)}  {ShownText.Escape(f.Message)}");
                if (f.Suppressed)
                {
                    output.Write(Paint(Dim, f.Baselined ? "  (baselined)" : f.SuppressionJustification is { Length: > 0 } j ? $"  (suppressed: {ShownText.Escape(j)})" : "  (suppressed)"));
                }

                output.Write('\n');
                if (source is not null && f.Span.Line >= 1 && f.Span.Line <= source.LineCount)
                {
                    var (line, caret) = ShownText.Line(source, f.Span);
                    var gutter = f.Span.Line.ToString(CultureInfo.InvariantCulture);
                    var pad = new string(' ', gutter.Length);
                    output.Write($"    {Paint(Dim, gutter + " |")} {line}\n");
                    output.Write($"    {Paint(Dim, pad + " |")} {Paint(colour, caret)}\n");
                }
            }

            output.Write('\n');
        }

        output.Write(Summary(report, report.Findings.Totals));
        output.Write('\n');
        output.Flush();
    }

    /// <summary>The caret line: spaces (tabs kept, so it lines up) to the start column, then <c>^</c> and <c>~</c> to the end of the span on that line.</summary>
    public static string Underline(string line, SourceSpan span) =>
        ShownText.Line(new Text.SourceText(line), new SourceSpan(1, span.Column, span.EndLine == span.Line ? 1 : 2, span.EndColumn)).Caret;

    /// <summary>The summary counts unsuppressed findings by severity (all of them are shown) and every suppressed one, shown or not.</summary>
    private string Summary(LintReport report, ReportTotals counts)
    {
        var files = report.Files.Count;
        var parts = new List<string>();
        parts.Add(Paint(counts.Errors > 0 ? Red : "", Plural(counts.Errors, "error")));
        parts.Add(Paint(counts.Warnings > 0 ? Yellow : "", Plural(counts.Warnings, "warning")));
        parts.Add(Paint(counts.Notes > 0 ? Cyan : "", Plural(counts.Notes, "note")));
        var suppressedText = (counts.Suppressed > 0 ? $", {counts.Suppressed} suppressed" : "") + (counts.Baselined > 0 ? $", {counts.Baselined} baselined" : "");
        var seconds = report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        return $"{Plural(files, "file")} linted, {Plural(counts.Unsuppressed, "finding")} ({string.Join(", ", parts)}){suppressedText} in {seconds}s";
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
