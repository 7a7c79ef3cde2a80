namespace ContainerLint.Core.Reporting;

using ContainerLint.Core.Model;
using ContainerLint.Core.Secrets;
using ContainerLint.Core.Text;

/// <summary>
/// Source text as reporters may show it (carets, SARIF snippets and context lines). Two layers keep
/// secrets out of every format: the span of each finding about a secret (its message carries
/// <see cref="SecretMasker"/>'s mask) is blanked, and any word on a shown line that looks like a
/// secret by itself (<see cref="SecretDetector.MatchValue"/>), follows a secret name
/// (<c>DB_PASSWORD=…</c>) or is a <c>-u user:password</c> credential is blanked too. Blanking keeps
/// the text's length, so columns and carets still line up. One instance per report write; it keeps
/// only the file last asked for, as reporters go file by file.
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
        var secretSpans = fileFindings
            .Where(f => string.Equals(f.File, path, StringComparison.Ordinal) && f.Message.Contains(SecretMasker.MaskRun, StringComparison.Ordinal))
            .Select(f => f.Span)
            .ToList();
        var redacted = source is null ? null : Redact(source, secretSpans);
        _last = (path, redacted);
        return redacted;
    }

    private static SourceText Redact(SourceText source, List<SourceSpan>? spans)
    {
        var chars = source.Text.ToCharArray();
        var changed = false;
        foreach (var span in spans ?? [])
        {
            var start = source.GetOffset(span.Line, span.Column);
            // A point span names a place, not the secret: blank the rest of its line.
            var end = span.IsEmpty ? source.GetOffset(span.Line, source.GetLine(span.Line).Length + 1) : source.GetOffset(span.EndLine, span.EndColumn);
            changed |= Blank(chars, start, end);
        }

        changed |= BlankSecretWords(chars);
        return changed ? new SourceText(new string(chars)) : source;
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

    private static bool BlankSecretWords(char[] chars)
    {
        var changed = false;
        var previousWasUserFlag = false;
        var i = 0;
        while (i < chars.Length)
        {
            while (i < chars.Length && IsSeparator(chars[i])) i++;
            var start = i;
            while (i < chars.Length && !IsSeparator(chars[i])) i++;
            if (i == start) continue;
            var word = new string(chars, start, i - start);
            var colon = word.IndexOf(':', StringComparison.Ordinal);
            var credentials = previousWasUserFlag || word.StartsWith("-u", StringComparison.Ordinal) || word.StartsWith("--user=", StringComparison.Ordinal);
            if (credentials && colon > 0)
            {
                changed |= Blank(chars, start + colon + 1, i);
            }
            else if (SecretDetector.MatchValue(word) is not null)
            {
                changed |= Blank(chars, start, i);
            }
            else if (word.IndexOfAny(['=', ':']) is var eq and > 0 && eq < word.Length - 1)
            {
                if (SecretDetector.IsSecretName(word[..eq].TrimStart('-')) || SecretDetector.MatchValue(word[(eq + 1)..]) is not null) changed |= Blank(chars, start + eq + 1, i);
            }

            previousWasUserFlag = word is "-u" or "--user" or "--proxy-user";
        }

        return changed;
    }

    private static bool IsSeparator(char c) => c is ' ' or '\t' or '\n' or '\r' or '"' or '\'' or ',' or '[' or ']' or '{' or '}' or '`' or ';' or '|' or '&' or '(' or ')';
}
