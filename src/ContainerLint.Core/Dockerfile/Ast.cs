namespace ContainerLint.Core.Dockerfile;

using ContainerLint.Core.Model;

/// <summary>The instructions BuildKit knows; anything else parses as <see cref="Unknown"/> (and is reported as CL0003).</summary>
public enum InstructionKind
{
    Unknown,
    Add,
    Arg,
    Cmd,
    Copy,
    Entrypoint,
    Env,
    Expose,
    From,
    Healthcheck,
    Label,
    Maintainer,
    Onbuild,
    Run,
    Shell,
    Stopsignal,
    User,
    Volume,
    Workdir,
}

/// <summary>A parser directive at the top of the file (<c># syntax=…</c>, <c># escape=…</c>, <c># check=…</c>).</summary>
/// <param name="Name">The directive name, lower-cased.</param>
/// <param name="Value">The value, trimmed.</param>
/// <param name="Span">The whole comment line.</param>
/// <param name="ValueSpan">The value.</param>
public sealed record ParserDirective(string Name, string Value, SourceSpan Span, SourceSpan ValueSpan);

/// <summary>
/// A comment line (<c>#</c> first after optional whitespace), also those inside continuations. Heredoc bodies hold no comments.
/// It keeps where it is in the file and reads its text from there when asked: most files' comments are never read.
/// </summary>
public sealed class DockerfileComment
{
    private readonly Text.SourceText _source;
    private readonly int _hash;
    private readonly int _end;
    private string? _text;

    /// <param name="source">The file.</param>
    /// <param name="hash">Offset of the <c>#</c>.</param>
    /// <param name="end">Offset of the end of the line's content (before its terminator).</param>
    /// <param name="isDirective">True for a parser directive line.</param>
    internal DockerfileComment(Text.SourceText source, int hash, int end, bool isDirective)
    {
        _source = source;
        _hash = hash;
        _end = end;
        IsDirective = isDirective;
    }

    /// <summary>The text after <c>#</c>, trimmed.</summary>
    public string Text => _text ??= TextSpan is { Length: > 0 } text ? text.ToString() : string.Empty;

    /// <summary><see cref="Text"/> read in place, without making the string.</summary>
    internal ReadOnlySpan<char> TextSpan => _source.Text.AsSpan(_hash + 1, _end - _hash - 1).Trim();

    /// <summary>From the <c>#</c> to the end of the line.</summary>
    public SourceSpan Span => _source.GetSpan(_hash, _end);

    /// <summary>True for a parser directive line.</summary>
    public bool IsDirective { get; }

    public override string ToString() => $"#{Text}";
}

/// <summary>
/// A flag of an instruction (<c>--from=build</c>). <see cref="Text"/> is the flag as BuildKit sees it
/// (quotes removed, escapes applied, leading <c>--</c> kept).
/// </summary>
/// <param name="Text">Whole flag text, e.g. <c>--mount=type=cache,target=/root</c>.</param>
/// <param name="Name">The name without <c>--</c> and before the first <c>=</c>, e.g. <c>mount</c>.</param>
/// <param name="Value">The text after the first <c>=</c>, or null for a bare flag (<c>--link</c>).</param>
/// <param name="Span">The whole flag word in the file.</param>
/// <param name="NameSpan">The name (without the dashes).</param>
/// <param name="ValueSpan">The value, or null for a bare flag.</param>
public sealed record InstructionFlag(string Text, string Name, string? Value, SourceSpan Span, SourceSpan NameSpan, SourceSpan? ValueSpan)
{
    /// <summary>Whether the flag has this name (case-sensitive, like BuildKit).</summary>
    public bool Is(string name) => string.Equals(Name, name, StringComparison.Ordinal);
}

/// <summary>One argument as BuildKit's parser produces it (what the corpus <c>result</c> files show), with its span.</summary>
/// <param name="Value">The argument text (JSON elements decoded; shell text verbatim).</param>
/// <param name="Span">Where it is in the file (a JSON element's span includes its quotes).</param>
/// <param name="Start">Offset of the argument in the assembled line (see <see cref="Instruction.MapLineSpan"/>).</param>
/// <param name="End">End offset (exclusive) in the assembled line.</param>
public sealed record InstructionArgument(string Value, SourceSpan Span, int Start, int End);

/// <summary>
/// A <c>KEY=value</c> (or legacy <c>KEY value</c>) pair of ENV, LABEL or ARG. Values are raw: quotes and
/// escape characters are kept, variables unexpanded (expand with <see cref="VariableScope"/>).
/// </summary>
/// <param name="Key">The key (raw; may be quoted for LABEL).</param>
/// <param name="Value">The raw value; null for <c>ARG NAME</c> without a default.</param>
/// <param name="KeySpan">The key in the file.</param>
/// <param name="ValueSpan">The value in the file (empty span after <c>=</c> for an empty value); null without a value.</param>
/// <param name="Span">The whole word (<c>KEY=value</c>).</param>
/// <param name="IsLegacyForm">True for <c>ENV KEY value</c> (no <c>=</c>; the value is the rest of the line).</param>
public sealed record KeyValueArgument(string Key, string? Value, SourceSpan KeySpan, SourceSpan? ValueSpan, SourceSpan Span, bool IsLegacyForm);

/// <summary>
/// A heredoc attached to RUN/COPY/ADD (<c>&lt;&lt;EOF</c> … <c>EOF</c>).
/// </summary>
/// <param name="Name">The terminator word, quotes removed.</param>
/// <param name="Expand">False when any part of the word was quoted (<c>&lt;&lt;'EOF'</c>): the body is not variable-expanded.</param>
/// <param name="Chomp">True for <c>&lt;&lt;-</c>: leading tabs are stripped from body lines when used (<see cref="ChompedContent"/>).</param>
/// <param name="FileDescriptor">The fd before <c>&lt;&lt;</c> (<c>4&lt;&lt;EOF</c>), or null.</param>
/// <param name="Content">The raw body: every line with its line terminator, exactly as in the file.</param>
/// <param name="MarkerSpan">The <c>&lt;&lt;EOF</c> word on the instruction line.</param>
/// <param name="BodySpan">The body lines (empty span at the terminator for an empty body).</param>
/// <param name="TerminatorSpan">The terminator line.</param>
/// <param name="BodyStartOffset">File offset of the first body character (for <see cref="MapSpan"/>).</param>
public sealed partial record Heredoc(
    string Name,
    bool Expand,
    bool Chomp,
    int? FileDescriptor,
    string Content,
    SourceSpan MarkerSpan,
    SourceSpan BodySpan,
    SourceSpan TerminatorSpan,
    int BodyStartOffset)
{
    internal Text.SourceText? Source { get; init; }

    /// <summary>The body with leading tabs removed from every line when <see cref="Chomp"/> is set (as BuildKit uses it).</summary>
    public string ChompedContent => Chomp ? LeadingTabs().Replace(Content, string.Empty) : Content;

    /// <summary>The file span of [start, end) offsets into <see cref="Content"/> (e.g. a word found by splitting the body as shell).</summary>
    public SourceSpan MapSpan(int start, int end)
    {
        if (Source is null) return BodySpan;
        var s = BodyStartOffset + Math.Clamp(start, 0, Content.Length);
        var e = BodyStartOffset + Math.Clamp(Math.Max(start, end), 0, Content.Length);
        return Source.GetSpan(s, e);
    }

    [System.Text.RegularExpressions.GeneratedRegex("(?m)^\t+")]
    private static partial System.Text.RegularExpressions.Regex LeadingTabs();
}

/// <summary>A parser diagnostic: fatal (CL0002/CL0010/CL0011) or not (CL0003/CL0004, and CL0014-CL0016 from <see cref="BuildKitChecks"/>).</summary>
public sealed record DockerfileDiagnostic(string Id, SourceSpan Span, string Message, bool IsError, params string[] Args);
