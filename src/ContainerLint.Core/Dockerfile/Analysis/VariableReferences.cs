namespace ContainerLint.Core.Dockerfile.Analysis;

using ContainerLint.Core.Model;
using ContainerLint.Core.Shell;

/// <summary>A variable reference in an instruction word, with its file span when the word sits on one line.</summary>
public sealed record VariableReferenceInWord(string Name, SourceSpan Span, bool HasDefault);

/// <summary>Finds <c>$NAME</c>/<c>${NAME}</c> references in instruction words (BuildKit lexer rules).</summary>
public static class VariableReferences
{
    /// <summary>References in <paramref name="raw"/>, a word whose text starts at <paramref name="span"/>.</summary>
    public static IReadOnlyList<VariableReferenceInWord> In(string raw, SourceSpan span, char escape)
    {
        if (!raw.Contains('$', StringComparison.Ordinal)) return []; // most words reference nothing: nothing to lex
        var references = new VariableExpander(escape).ProcessWord(raw, _ => null).References;
        var result = new VariableReferenceInWord[references.Count];
        var oneLine = span.Line == span.EndLine && span.EndColumn - span.Column == raw.Length;
        for (var n = 0; n < references.Count; n++)
        {
            var r = references[n];
            var refSpan = oneLine ? new SourceSpan(span.Line, span.Column + r.Start, span.Line, span.Column + r.End) : span;
            var text = raw.AsSpan(r.Start, Math.Min(r.End, raw.Length) - r.Start);
            var hasDefault = text.StartsWith("${", StringComparison.Ordinal) && text.Length > r.Name.Length + 2 && text[r.Name.Length + 2] is ':' or '-' or '+' or '=' or '?';
            result[n] = new VariableReferenceInWord(r.Name, refSpan, hasDefault);
        }

        return result;
    }
}
