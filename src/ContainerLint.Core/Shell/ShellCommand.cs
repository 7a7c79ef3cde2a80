namespace ContainerLint.Core.Shell;

/// <summary>A flag found by <see cref="ShellCommand.FindFlag"/>: the flag word and, when asked for, its value.</summary>
/// <param name="Name">The flag as the caller spelled it (<c>--password</c>, <c>-p</c>).</param>
/// <param name="FlagWord">The word holding the flag (<c>--password=x</c>, <c>-fsSLk</c>).</param>
/// <param name="Value">The value (<c>x</c> for <c>--password=x</c>, <c>--password x</c>, <c>-px</c>), or null.</param>
/// <param name="ValueStart">0-based start of the value in the script text (-1 when no value).</param>
/// <param name="ValueEnd">0-based end of the value, exclusive (-1 when no value).</param>
public sealed record ShellFlag(string Name, ShellWord FlagWord, string? Value, int ValueStart, int ValueEnd);

/// <summary>
/// One simple command: leading assignments, words and redirections, plus where it sits (pipeline,
/// enclosing constructs, the operator after it). Wrappers such as <c>sudo</c>, <c>env X=1</c>,
/// <c>command</c>, <c>exec</c>, <c>xargs</c>, <c>nice</c>, <c>timeout</c> are seen through:
/// <see cref="ProgramName"/> is the program actually run, without its directory.
/// </summary>
public sealed class ShellCommand
{
    private readonly string _text;
    private readonly ShellWord[] _words;
    private readonly ShellConstruct[] _enclosing;

    // Made on first use: the facts walk the words after the program by index, and many commands' arguments are never listed.
    private IReadOnlyList<ShellWord>? _arguments;

    // Memoised: subcommand checks of many rules ask for the same list (a command is read by one thread at a time).
    private IReadOnlyList<ShellWord>? _positionals;

    internal ShellCommand(
        string text,
        ShellWord[] words,
        IReadOnlyList<ShellAssignment> assignments,
        IReadOnlyList<ShellRedirection> redirections,
        int start,
        int end,
        ShellConstruct[] enclosing)
    {
        _text = text;
        _words = words;
        Assignments = assignments;
        Redirections = redirections;
        Start = start;
        End = end;
        _enclosing = enclosing;
        var unwrapped = CommandWrappers.Unwrap(words);
        ProgramIndex = unwrapped.ProgramIndex;
        Wrappers = unwrapped.Wrappers;
        ProgramName = ProgramIndex >= 0 ? BaseName(words[ProgramIndex].Value) : null;
    }

    /// <summary>The command words (name and arguments), without assignments and redirections.</summary>
    public IReadOnlyList<ShellWord> Words => _words;

    public IReadOnlyList<ShellAssignment> Assignments { get; }

    public IReadOnlyList<ShellRedirection> Redirections { get; }

    /// <summary>0-based offset of the command's first token.</summary>
    public int Start { get; }

    /// <summary>0-based offset just after its last token.</summary>
    public int End { get; }

    /// <summary>The command's source text (heredoc bodies excluded).</summary>
    public string Text => _text[Start..End];

    /// <summary>Enclosing constructs, outermost first (e.g. <c>[If, CommandSubstitution]</c>).</summary>
    public IReadOnlyList<ShellConstruct> Enclosing => _enclosing;

    /// <summary>True inside <c>$( … )</c>, backticks or <c>&lt;( … )</c>: the command runs to produce a word of another command.</summary>
    public bool IsNested => SubstitutionLevel != int.MaxValue;

    /// <summary>Index in <see cref="Enclosing"/> of the outermost substitution, or int.MaxValue.</summary>
    /// <remarks>Found on each use, not stored: commands are rarely nested more than two deep, and the field made every command 8 bytes larger.</remarks>
    internal int SubstitutionLevel
    {
        get
        {
            for (var i = 0; i < _enclosing.Length; i++)
            {
                if (_enclosing[i] is ShellConstruct.CommandSubstitution or ShellConstruct.ProcessSubstitution) return i;
            }

            return int.MaxValue;
        }
    }

    /// <summary>The control operator that follows: <c>&amp;&amp;</c>, <c>||</c>, <c>;</c>, <c>&amp;</c>, <c>\n</c>, <c>|</c>, <c>|&amp;</c>, or empty at the end of a list.</summary>
    public string Operator { get; internal set; } = "";

    /// <summary>The pipeline this command is a stage of (two or more stages), or null.</summary>
    public ShellPipeline? Pipeline { get; internal set; }

    /// <summary>Index of this command's stage in <see cref="Pipeline"/>, or -1.</summary>
    public int PipelineStage { get; internal set; } = -1;

    /// <summary>The literal first word (<c>sudo</c> in <c>sudo apt-get</c>), or null for a command of only assignments/redirections.</summary>
    public string? Name => Words.Count > 0 ? Words[0].Value : null;

    /// <summary>Index in <see cref="Words"/> of the program actually run, after wrappers; -1 if none.</summary>
    public int ProgramIndex { get; }

    /// <summary>Wrappers seen through, in order (<c>["sudo", "env"]</c>).</summary>
    public IReadOnlyList<string> Wrappers { get; }

    /// <summary>The word naming the program run (after wrappers), or null.</summary>
    public ShellWord? ProgramWord => ProgramIndex >= 0 ? Words[ProgramIndex] : null;

    /// <summary>The program run, without directory: <c>apt-get</c> for <c>sudo /usr/bin/apt-get</c>; null if none.</summary>
    public string? ProgramName { get; }

    /// <summary>The words after <see cref="ProgramWord"/>.</summary>
    public IReadOnlyList<ShellWord> Arguments => _arguments ??= FirstArgument >= _words.Length
        ? Array.Empty<ShellWord>()
        : new ArraySegment<ShellWord>(_words, FirstArgument, _words.Length - FirstArgument);

    /// <summary>Index in <see cref="Words"/> of the first argument (after the program); the word count when there is none.</summary>
    private int FirstArgument => ProgramIndex < 0 ? _words.Length : ProgramIndex + 1;

    /// <summary>True when the program run (after wrappers, directory ignored) is one of <paramref name="names"/>.</summary>
    public bool Is(params ReadOnlySpan<string> names) => ProgramName is { } n && Contains(names, n);

    /// <summary>True when <paramref name="wrapper"/> (e.g. <c>sudo</c>) was among the wrappers.</summary>
    public bool IsWrappedBy(string wrapper)
    {
        for (var i = 0; i < Wrappers.Count; i++)
        {
            if (string.Equals(Wrappers[i], wrapper, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// The positional arguments (words not starting with <c>-</c>; everything after <c>--</c>), skipping the
    /// value of options known to take one for this program (e.g. <c>apt-get -o X</c>) and of <paramref name="optionsWithValue"/>.
    /// </summary>
    public IReadOnlyList<ShellWord> GetPositionalArguments(IEnumerable<string>? optionsWithValue = null) =>
        optionsWithValue is null
            ? _positionals ??= ComputePositionalArguments(null)
            : ComputePositionalArguments(optionsWithValue);

    private IReadOnlyList<ShellWord> ComputePositionalArguments(IEnumerable<string>? optionsWithValue)
    {
        // No set per call: both lists are a few strings, and this runs for every command of every RUN.
        var known = CommandWrappers.KnownValueOptions(ProgramName);
        var result = new List<ShellWord>();
        var words = _words;
        var afterDashDash = false;
        for (var i = FirstArgument; i < words.Length; i++)
        {
            // Compared in place: an option's value is not kept, so it is not cut.
            var v = words[i].ValueSpan;
            if (afterDashDash || v.Length < 2 || v[0] != '-')
            {
                result.Add(words[i]);
                continue;
            }
            if (v is "--")
            {
                afterDashDash = true;
                continue;
            }
            if (Contains(known, v) || (optionsWithValue is not null && Contains(optionsWithValue, v))) i++;
        }
        return result;
    }

    /// <summary>
    /// True when the leading positional arguments equal <paramref name="path"/>:
    /// <c>HasSubcommand("install")</c> for <c>apt-get -y install x</c>, <c>HasSubcommand("config", "set")</c> for <c>npm config set</c>.
    /// </summary>
    public bool HasSubcommand(params string[] path)
    {
        var positionals = GetPositionalArguments();
        if (positionals.Count < path.Length || path.Length == 0) return false;
        for (var i = 0; i < path.Length; i++)
        {
            if (!string.Equals(positionals[i].Value, path[i], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>
    /// True when any of <paramref name="flags"/> is given before <c>--</c>. Long flags match
    /// <c>--flag</c> and <c>--flag=value</c>; a one-letter flag also matches inside a bundle
    /// (<c>-k</c> in <c>-fsSLk</c>).
    /// </summary>
    public bool HasFlag(params ReadOnlySpan<string> flags)
    {
        foreach (var f in flags)
        {
            if (FindFlag(f, takesValue: false) is not null) return true;
        }
        return false;
    }

    /// <summary>
    /// Finds the first occurrence of <paramref name="flag"/> (see <see cref="HasFlag"/>). With
    /// <paramref name="takesValue"/>, also reads its value from <c>--flag=v</c>, <c>--flag v</c>,
    /// <c>-fv</c>, or <c>-xf v</c> (the flag last in a bundle takes the next word).
    /// </summary>
    public ShellFlag? FindFlag(string flag, bool takesValue = false)
    {
        var i = 0;
        return NextFlag(flag, takesValue, ref i);
    }

    /// <summary>All occurrences of <paramref name="flag"/>; see <see cref="FindFlag"/>.</summary>
    public FlagMatches FindFlags(string flag, bool takesValue = false) => new(this, flag, takesValue);

    /// <summary>
    /// The occurrences of one flag, for <c>foreach</c> without an iterator object (rules ask every command for several flags);
    /// still an <see cref="IEnumerable{T}"/> for LINQ.
    /// </summary>
    public readonly struct FlagMatches(ShellCommand command, string flag, bool takesValue) : IEnumerable<ShellFlag>
    {
        public Enumerator GetEnumerator() => new(command, flag, takesValue);

        IEnumerator<ShellFlag> IEnumerable<ShellFlag>.GetEnumerator() => GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public struct Enumerator(ShellCommand command, string flag, bool takesValue) : IEnumerator<ShellFlag>
        {
            private int _next;
            private ShellFlag? _current;

            public readonly ShellFlag Current => _current!;

            readonly object System.Collections.IEnumerator.Current => Current;

            public bool MoveNext() => (_current = command.NextFlag(flag, takesValue, ref _next)) is not null;

            public void Reset()
            {
                _next = 0;
                _current = null;
            }

            public readonly void Dispose()
            {
            }
        }
    }

    /// <summary>The next occurrence of <paramref name="flag"/> at or after argument <paramref name="i"/>, which moves past it.</summary>
    private ShellFlag? NextFlag(string flag, bool takesValue, ref int i)
    {
        if (flag.Length < 2 || flag[0] != '-') return null;
        var args = new ArgumentView(_words, FirstArgument);
        var isLong = flag.StartsWith("--", StringComparison.Ordinal);
        var isShortLetter = !isLong && flag.Length == 2;
        for (; i < args.Count; i++)
        {
            var word = args[i];
            var v = word.ValueSpan; // no string cut per argument: most are not the flag
            if (v is "--")
            {
                i = args.Count;
                return null;
            }
            if (v.Length < 2 || v[0] != '-') continue;

            if (v.SequenceEqual(flag))
            {
                if (takesValue && i + 1 < args.Count)
                {
                    var next = args[i + 1];
                    i += 2;
                    return new ShellFlag(flag, word, next.Value, next.Start, next.End);
                }
                i++;
                return new ShellFlag(flag, word, null, -1, -1);
            }

            if (isLong || !isShortLetter)
            {
                if (v.Length > flag.Length && v[flag.Length] == '=' && v.StartsWith(flag, StringComparison.Ordinal))
                {
                    var value = v[(flag.Length + 1)..].ToString();
                    var (vs, ve) = ValueSpan(word, flag.Length + 1);
                    i++;
                    return new ShellFlag(flag, word, value, vs, ve);
                }
                continue;
            }

            // A bundle of one-letter flags: -fsSLk, -xzf file, -pSECRET.
            if (v.StartsWith("--", StringComparison.Ordinal)) continue;
            var letter = flag[1];
            if (takesValue)
            {
                if (v[1] == letter)
                {
                    var (vs, ve) = ValueSpan(word, 2);
                    i++;
                    return new ShellFlag(flag, word, v[2..].ToString(), vs, ve);
                }
                if (IsBundle(v) && v[^1] == letter && i + 1 < args.Count)
                {
                    var next = args[i + 1];
                    i += 2;
                    return new ShellFlag(flag, word, next.Value, next.Start, next.End);
                }
            }
            else if (IsBundle(v) && v[1..].IndexOf(letter) >= 0)
            {
                i++;
                return new ShellFlag(flag, word, null, -1, -1);
            }
        }
        return null;
    }

    public override string ToString() => Text;

    private static bool Contains(ReadOnlySpan<string> values, string value)
    {
        foreach (var v in values)
        {
            if (string.Equals(v, value, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool Contains(ReadOnlySpan<string> values, ReadOnlySpan<char> value)
    {
        foreach (var v in values)
        {
            if (value.SequenceEqual(v)) return true;
        }
        return false;
    }

    private static bool Contains(IEnumerable<string> values, ReadOnlySpan<char> value)
    {
        if (values is string[] array) return Contains(array.AsSpan(), value);
        foreach (var v in values)
        {
            if (value.SequenceEqual(v)) return true;
        }
        return false;
    }

    /// <summary>The words after the program, read in place (no list object for the flag search).</summary>
    private readonly struct ArgumentView(ShellWord[] words, int first)
    {
        public int Count => words.Length - first;

        public ShellWord this[int index] => words[first + index];
    }

    private static bool IsBundle(ReadOnlySpan<char> v)
    {
        for (var i = 1; i < v.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(v[i])) return false;
        }
        return true;
    }

    /// <summary>The span of the part of a word after <paramref name="prefixLength"/> value characters, when raw and value agree there.</summary>
    private static (int Start, int End) ValueSpan(ShellWord word, int prefixLength)
    {
        if (word.Raw.Length >= prefixLength && string.CompareOrdinal(word.Raw, 0, word.Value, 0, prefixLength) == 0)
        {
            return (word.Start + prefixLength, word.End);
        }
        return (word.Start, word.End);
    }

    internal static string BaseName(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash >= 0 && slash < path.Length - 1 ? CommonWords.ToString(path.AsSpan(slash + 1)) : path;
    }
}
