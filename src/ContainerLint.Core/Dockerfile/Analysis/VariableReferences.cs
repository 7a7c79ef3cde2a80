namespace ContainerLint.Core.Dockerfile.Analysis;

using ContainerLint.Core.Model;
using ContainerLint.Core.Shell;

/// <summary>A variable reference in an instruction word, with its file span when the word sits on one line.</summary>
public sealed record VariableReferenceInWord(string Name, SourceSpan Span, bool HasDefault);

/// <summary>Finds <c>$NAME</c>/<c>${NAME}</c> references in instruction words (BuildKit lexer rules).</summary>
public static class VariableReferences
{
    /// <summary>References in <paramref name="raw"/>, a word whose text starts at <paramref name="span"/>.</summary>
    public static IEnumerable<VariableReferenceInWord> In(string raw, SourceSpan span, char escape) =>
        raw.Contains('$', StringComparison.Ordinal) ? Find(raw, span, escape) : []; // most words reference nothing: no iterator for them

    private static IEnumerable<VariableReferenceInWord> Find(string raw, SourceSpan span, char escape)
    {
        var result = new VariableExpander(escape).ProcessWord(raw, _ => null);
        foreach (var r in result.References)
        {
            var refSpan = span.Line == span.EndLine && span.EndColumn - span.Column == raw.Length
                ? new SourceSpan(span.Line, span.Column + r.Start, span.Line, span.Column + r.End)
                : span;
            var text = raw[r.Start..Math.Min(r.End, raw.Length)];
            var hasDefault = text.StartsWith("${", StringComparison.Ordinal) && text.Length > r.Name.Length + 2 && text[r.Name.Length + 2] is ':' or '-' or '+' or '=' or '?';
            yield return new VariableReferenceInWord(r.Name, refSpan, hasDefault);
        }
    }
}
