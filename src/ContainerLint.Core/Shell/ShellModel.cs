namespace ContainerLint.Core.Shell;

/// <summary>
/// One shell word. <see cref="Value"/> has quotes removed and escapes applied, but is NOT expanded:
/// <c>$HOME</c>, <c>${X}</c>, <c>$(cmd)</c> and backticks stay as written (see <see cref="HasExpansion"/>).
/// <see cref="Start"/>/<see cref="End"/> are 0-based offsets into the parsed text (End exclusive);
/// <see cref="Raw"/> is exactly that slice.
/// </summary>
/// <remarks>
/// A word keeps offsets into the script, not copies: <see cref="Raw"/>, and <see cref="Value"/> when it is a
/// slice of the script too (no quote or escape removed, as for every <c>$( … )</c>), are cut on first use.
/// Nested substitutions hold each other's text, so copies made while parsing grew with depth times size
/// (199 levels around 5 MB took 5.5 GB).
/// </remarks>
public sealed class ShellWord
{
    private readonly string _source;
    private readonly int _valueStart;

    // The slice's length and, in the top two bits, IsQuoted and HasExpansion: one field less makes a word 48 bytes, not 56
    // (a RUN holds tens of them).
    private readonly uint _lengthAndFlags;
    private string? _value;

    // A string is shorter than 2^30 characters, so the length leaves the top two bits free.
    private const uint QuotedBit = 1u << 31;
    private const uint ExpansionBit = 1u << 30;
    private const uint LengthMask = ExpansionBit - 1;

    /// <summary>A word whose value was built (quotes or escapes removed).</summary>
    internal ShellWord(string source, int start, int end, string value, bool quoted, bool expansion)
    {
        _source = source;
        Start = start;
        End = end;
        _value = value;
        _lengthAndFlags = Flags(quoted, expansion);
    }

    /// <summary>A word whose value is the slice [<paramref name="valueStart"/>, +<paramref name="valueLength"/>) of the script.</summary>
    internal ShellWord(string source, int start, int end, int valueStart, int valueLength, bool quoted, bool expansion)
    {
        _source = source;
        Start = start;
        End = end;
        _valueStart = valueStart;
        _lengthAndFlags = (uint)valueLength | Flags(quoted, expansion);
    }

    private static uint Flags(bool quoted, bool expansion) => (quoted ? QuotedBit : 0) | (expansion ? ExpansionBit : 0);

    /// <summary>The length of the script slice that is the value (0 for a built value).</summary>
    private int SliceLength => (int)(_lengthAndFlags & LengthMask);

    /// <summary>Cut once and kept, except past <see cref="KeptLength"/>: a long slice is cut again on each use, so nested words never hold copies of each other.</summary>
    public string Value => _value ?? (SliceLength == 0 ? string.Empty : Keep(ref _value, CommonWords.ToString(_source.AsSpan(_valueStart, SliceLength))));

    /// <summary>The word as written; the same string as <see cref="Value"/> for a word with nothing to unquote (most words), else cut on each use.</summary>
    public string Raw => SliceLength > 0 && _valueStart == Start && SliceLength == End - Start ? Value : _source[Start..End];

    /// <summary>The characters of <see cref="Value"/>, without cutting a string for them.</summary>
    public ReadOnlySpan<char> ValueSpan => _value is not null ? _value.AsSpan() : _source.AsSpan(_valueStart, SliceLength);

    /// <summary>True when <see cref="Value"/> starts with <paramref name="prefix"/> (ordinal), without cutting it.</summary>
    public bool ValueStartsWith(string prefix) => ValueSpan.StartsWith(prefix, StringComparison.Ordinal);

    /// <summary>The longest cut text a word keeps.</summary>
    internal const int KeptLength = 16 * 1024;

    public int Start { get; }

    public int End { get; }

    /// <summary>The length of <see cref="Value"/>, without cutting it.</summary>
    public int ValueLength => _value?.Length ?? SliceLength;

    /// <summary>True when any part was quoted or escaped (<c>"x"</c>, <c>'x'</c>, <c>\x</c>).</summary>
    public bool IsQuoted => (_lengthAndFlags & QuotedBit) != 0;

    /// <summary>True when the word holds a parameter, command or arithmetic expansion, so its runtime value may differ from <see cref="Value"/>.</summary>
    public bool HasExpansion => (_lengthAndFlags & ExpansionBit) != 0;

    public override string ToString() => Raw;

    private static string Keep(ref string? field, string text)
    {
        if (text.Length <= KeptLength) field = text;
        return text;
    }
}

/// <summary>A leading <c>NAME=value</c> (or <c>NAME+=value</c>) of a simple command, or a command made only of assignments.</summary>
public sealed record ShellAssignment(string Name, string Value, ShellWord Word);

/// <summary>
/// A redirection such as <c>&gt;/dev/null</c>, <c>2&gt;&amp;1</c>, <c>&lt;in</c>, <c>&amp;&gt;log</c> or a heredoc <c>&lt;&lt;EOF</c>.
/// <see cref="Operator"/> is the operator without the descriptor (<c>&gt;</c>, <c>&gt;&gt;</c>, <c>&gt;&amp;</c>, <c>&lt;&lt;</c>, <c>&lt;&lt;-</c>, <c>&lt;&lt;&lt;</c>, …).
/// </summary>
public sealed class ShellRedirection
{
    internal ShellRedirection(int? fd, string op, ShellWord? target, int start, int end)
    {
        FileDescriptor = fd;
        Operator = op;
        Target = target;
        Start = start;
        End = end;
    }

    /// <summary>The explicit descriptor number (<c>2</c> in <c>2&gt;&amp;1</c>), or null.</summary>
    public int? FileDescriptor { get; }

    public string Operator { get; }

    /// <summary>The file, descriptor or heredoc delimiter word; null only when the input ended early.</summary>
    public ShellWord? Target { get; }

    public int Start { get; }

    public int End { get; }

    public bool IsHeredoc => Operator is "<<" or "<<-";

    /// <summary>The heredoc body (lines between the operator's line and the delimiter line), raw.</summary>
    public string? HeredocBody { get; internal set; }

    /// <summary>0-based offset of the body's first character, or -1.</summary>
    public int HeredocBodyStart { get; internal set; } = -1;

    /// <summary>True when the heredoc delimiter was quoted: the body is not expanded by the shell.</summary>
    public bool HeredocIsLiteral => IsHeredoc && Target is { IsQuoted: true };
}

/// <summary>The constructs that can enclose a command.</summary>
public enum ShellConstruct
{
    Subshell,
    BraceGroup,
    CommandSubstitution,
    ProcessSubstitution,
    If,
    Loop,
    Case,
    Function,
}

/// <summary>A parse problem (unterminated quote, stray <c>fi</c>, nesting cap reached). Parsing always goes on.</summary>
public sealed record ShellDiagnostic(string Message, int Offset);

/// <summary>
/// A pipeline of two or more stages (<c>a | b | c</c>). Each stage lists the simple commands it holds
/// (one for a simple command; several for a subshell or group such as <c>(cd x &amp;&amp; sh)</c>),
/// excluding commands inside command substitutions.
/// </summary>
public sealed class ShellPipeline
{
    internal ShellPipeline(IReadOnlyList<IReadOnlyList<ShellCommand>> stages, int start, int end, bool negated)
    {
        Stages = stages;
        Start = start;
        End = end;
        IsNegated = negated;
    }

    public IReadOnlyList<IReadOnlyList<ShellCommand>> Stages { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>True for <c>! a | b</c>.</summary>
    public bool IsNegated { get; }
}
