namespace ContainerLint.Core.Reporting;

using ContainerLint.Core.Model;
using ContainerLint.Core.Secrets;
using ContainerLint.Core.Text;

/// <summary>
/// Source text as reporters may show it (carets, SARIF snippets and context lines). Two layers keep
/// secrets out of every format: the span of each finding about a secret (its message carries
/// <see cref="SecretMasker"/>'s mask) is blanked, keeping the name in front of the value visible
/// (<c>ENV API_KEY=********</c>), and every secret <see cref="SecretMasker.SecretRanges"/> finds in the file
/// (values that look like secrets, the value after a secret name, quoted or in the legacy <c>ENV NAME value</c>
/// form, names matched by the run's <c>secretNamePatterns</c>, <c>-u user:password</c>) is blanked too.
/// Blanking keeps the text's length, so columns and carets still line up. One instance per report write;
/// it keeps only the file last asked for, as reporters go file by file.
/// </summary>
internal sealed class RedactedSources(LintReport report)
{
    private (string Path, SourceText? Text)? _last;

    /// <param name="path">The file's display path.</param>
    /// <param name="fileFindings">All of the file's findings, shown or not (the spans of secrets among them are blanked).</param>
    public SourceText? Get(string path, IReadOnlyList<Finding> fileFindings)
    {
        if (_last is { } last && string.Equals(last.Path, path, StringComparison.Ordinal)) return last.Text;
        var source = report.GetSource(path);
        var redacted = source is null ? null : Redact(source, fileFindings.Where(f => string.Equals(f.File, path, StringComparison.Ordinal)), report.SecretNamePatterns);
        _last = (path, redacted);
        return redacted;
    }

    /// <summary>The source with the spans of the findings about secrets and every secret the masker finds blanked.</summary>
    internal static SourceText Redact(SourceText source, IEnumerable<Finding> findings, IReadOnlyList<string> namePatterns)
    {
        var spans = findings.Where(f => f.Message.Contains(SecretMasker.MaskRun, StringComparison.Ordinal)).Select(f => f.Span).ToList();
        var chars = source.Text.ToCharArray();
        var changed = false;
        foreach (var span in spans)
        {
            var start = source.GetOffset(span.Line, span.Column);
            // A point span names a place, not the secret: blank the rest of its line.
            var end = span.IsEmpty ? source.GetOffset(span.Line, source.GetLine(span.Line).Length + 1) : source.GetOffset(span.EndLine, span.EndColumn);
            changed |= Blank(chars, AfterName(chars, start, end), end);
        }

        foreach (var (start, end) in SecretMasker.SecretRanges(source.Text, namePatterns)) changed |= Blank(chars, start, end);
        return changed ? new SourceText(new string(chars)) : source;
    }

    /// <summary>
    /// Where the secret in [start, end) begins when the span starts with the name it is assigned to
    /// (<c>NAME=</c>, <c>NAME: </c>, <c>NAME="</c> or the legacy <c>NAME value</c>): the name stays readable.
    /// </summary>
    private static int AfterName(char[] chars, int start, int end)
    {
        var i = Math.Max(start, 0);
        end = Math.Min(end, chars.Length);
        while (i < end && (char.IsAsciiLetterOrDigit(chars[i]) || chars[i] is '_' or '-' or '.')) i++;
        if (i == start || i >= end || !(chars[i] is '=' or ':' or ' ' or '\t')) return start;
        i++;
        while (i < end && chars[i] is ' ' or '\t' or '"' or '\'') i++;
        return i < end ? i : start;
    }

    private static bool Blank(char[] chars, int start, int end)
    {
        var changed = false;
        for (var i = Math.Max(start, 0); i < Math.Min(end, chars.Length); i++)
        {
            if (chars[i] is '\n' or '\r' or '*') continue;
            chars[i] = '*';
            changed = true;
        }

        return changed;
    }
}
