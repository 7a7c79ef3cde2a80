namespace ContainerLint.Core.Dockerfile;

using ContainerLint.Core.Model;

/// <summary>
/// One Dockerfile instruction as BuildKit parses it, with exact spans. The instruction's text is
/// the <em>assembled line</em> (<see cref="Line"/>): physical lines joined at escape-character
/// continuations, with comment and blank lines inside the continuation dropped. Offsets into
/// <see cref="Line"/> or <see cref="Rest"/> map back to the file with <see cref="MapLineSpan"/> and
/// <see cref="MapSpan"/>, even when the text sits on a continuation line.
/// </summary>
public sealed class Instruction
{
    private readonly OffsetMap _map;
    private string? _line;
    private string? _rest;

    // Where FullSpan ends when it reaches past Span (0 when it does not): it always starts where Span does.
    private int _fullEndLine;
    private int _fullEndColumn;

    internal Instruction(in OffsetMap map) => _map = map;

    /// <summary>The keyword as written (<c>run</c>, <c>Run</c>, <c>RUN</c>, <c>RUNN</c>).</summary>
    public required string Keyword { get; init; }

    /// <summary>The keyword upper-cased (<c>RUN</c>).</summary>
    public string Name => Keyword.ToUpperInvariant();

    public required InstructionKind Kind { get; init; }

    /// <summary>0-based position among the file's top-level instructions (−1 for an ONBUILD sub-instruction).</summary>
    public int Index { get; internal set; } = -1;

    /// <summary>From the keyword to the end of the last line of the instruction text (heredoc bodies excluded).</summary>
    public required SourceSpan Span { get; init; }

    /// <summary>
    /// Like <see cref="Span"/> but through the last physical line BuildKit attributes to the instruction:
    /// comment or blank lines that ended a continuation, and heredoc bodies and terminators.
    /// </summary>
    public SourceSpan FullSpan
    {
        get => _fullEndLine == 0 ? Span : new SourceSpan(Span.Line, Span.Column, _fullEndLine, _fullEndColumn);
        internal set
        {
            if (value.Line != Span.Line || value.Column != Span.Column) throw new ArgumentException("An instruction's full span starts where its span does.", nameof(value));
            (_fullEndLine, _fullEndColumn) = value == Span ? (0, 0) : (value.EndLine, value.EndColumn);
        }
    }

    /// <summary>The keyword as written, in the file.</summary>
    public SourceSpan KeywordSpan => _map.MapSpan(KeywordStart, KeywordStart + Keyword.Length);

    /// <summary>Offset of the keyword in <see cref="Line"/>.</summary>
    internal int KeywordStart { get; init; }

    public required ReadOnlyItems<InstructionFlag> Flags { get; init; }

    /// <summary>Arguments exactly as BuildKit's parser produces them (ENV/LABEL as key, value, marker triples).</summary>
    public required IReadOnlyList<InstructionArgument> Arguments { get; init; }

    /// <summary>ENV/LABEL/ARG pairs; empty for other instructions.</summary>
    public IReadOnlyList<KeyValueArgument> KeyValues { get; init; } = [];

    /// <summary>The assembled instruction line (keyword, flags and arguments), untrimmed; copied from the file when first asked for.</summary>
    public string Line => _line ??= _map.AssembledText(0, LineLength);

    /// <summary>The length of <see cref="Line"/>.</summary>
    internal int LineLength { get; init; }

    /// <summary>
    /// The text after the keyword and the flags, trimmed: a shell-form RUN's command line. Shared with the argument that holds
    /// the same text (shell form, USER, WORKDIR, …); for instructions whose arguments are split (FROM, COPY, ENV, …) copied
    /// from the file when first asked for.
    /// </summary>
    public string Rest => _rest ??= _map.AssembledText(RestOffset, RestLength);

    /// <summary>The length of <see cref="Rest"/>.</summary>
    internal int RestLength { get; init; }

    /// <summary>Sets <see cref="Rest"/> when the builder made that string anyway.</summary>
    internal string? KnownRest
    {
        init => _rest = value;
    }

    /// <summary>The first character of <see cref="Rest"/> (<c>\0</c> when it is empty), without making it.</summary>
    internal char RestFirstChar => RestLength == 0 ? '\0' : _rest is { } rest ? rest[0] : _map.CharAt(RestOffset);

    /// <summary>Offset of <see cref="Rest"/> in <see cref="Line"/>.</summary>
    public required int RestOffset { get; init; }

    /// <summary>The span of <see cref="Rest"/> (empty at the end of the keyword/flags when there is none).</summary>
    public SourceSpan RestSpan => MapSpan(0, RestLength);

    /// <summary>True for the JSON (exec) form <c>["a", "b"]</c> of RUN/CMD/ENTRYPOINT/SHELL/ADD/COPY/VOLUME/HEALTHCHECK.</summary>
    public bool IsJsonForm { get; init; }

    /// <summary>Heredocs attached to this instruction (RUN/COPY/ADD, also through ONBUILD), in order.</summary>
    public IReadOnlyList<Heredoc> Heredocs { get; internal set; } = [];

    /// <summary>The sub-instruction of an ONBUILD, else null.</summary>
    public Instruction? OnBuild { get; init; }

    /// <summary>
    /// The comment texts BuildKit attaches to the instruction (its <c>PrevComment</c>): the comment lines since the previous
    /// instruction, trimmed, without parser directives, restarted by an empty <c>#</c> line.
    /// </summary>
    public PrecedingCommentTexts PrecedingComments { get; internal set; } = PrecedingCommentTexts.None;

    /// <summary>First line of the instruction.</summary>
    public int StartLine => Span.Line;

    /// <summary>Last line of the instruction as BuildKit counts it (heredoc bodies and lines swallowed by the continuation included).</summary>
    public int EndLine => FullSpan.EndLine;

    /// <summary>The flag with this name (the last one when repeated), or null.</summary>
    public InstructionFlag? GetFlag(string name)
    {
        InstructionFlag? found = null;
        foreach (var f in Flags)
        {
            if (f.Is(name)) found = f;
        }

        return found;
    }

    /// <summary>Every flag with this name (e.g. several <c>--mount</c>), in order.</summary>
    public IEnumerable<InstructionFlag> GetFlags(string name) => Flags.Where(f => f.Is(name));

    /// <summary>The file span of [start, end) offsets into <see cref="Rest"/> (e.g. a word found by shell-splitting a RUN).</summary>
    public SourceSpan MapSpan(int startOffsetInRest, int endOffsetInRest) =>
        _map.MapSpan(RestOffset + startOffsetInRest, RestOffset + Math.Max(startOffsetInRest, endOffsetInRest));

    /// <summary>The file span of [start, end) offsets into <see cref="Line"/>.</summary>
    public SourceSpan MapLineSpan(int start, int end) => _map.MapSpan(start, end);

    public override string ToString() => Line.Trim();
}
