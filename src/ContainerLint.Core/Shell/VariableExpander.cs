namespace ContainerLint.Core.Shell;

using System.Text;

/// <summary>Settings of a <see cref="VariableExpander"/>; the defaults are what BuildKit uses for Dockerfile words.</summary>
public sealed record VariableExpanderOptions
{
    /// <summary>The Dockerfile escape character: <c>\</c> (default) or <c>`</c> (<c># escape=`</c>).</summary>
    public char EscapeChar { get; init; } = '\\';

    /// <summary>Leave references to unset variables in the output verbatim (BuildKit's <c>SkipUnsetEnv</c>).</summary>
    public bool KeepUnsetVariables { get; init; }

    /// <summary>Keep quote characters in the output (BuildKit's <c>RawQuotes</c>).</summary>
    public bool RawQuotes { get; init; }

    /// <summary>Keep escape characters in the output (BuildKit's <c>RawEscapes</c>).</summary>
    public bool RawEscapes { get; init; }

    /// <summary>Treat quote characters as ordinary text (BuildKit's <c>SkipProcessQuotes</c>).</summary>
    public bool SkipQuoteProcessing { get; init; }

    /// <summary>Deepest <c>${A:-${B:-…}}</c> nesting accepted; deeper input is an error, never a stack overflow.</summary>
    public int MaxNestingDepth { get; init; } = 200;
}

/// <summary>
/// Dockerfile word processing with the semantics of BuildKit's shell lexer
/// (<c>frontend/dockerfile/shell/lex.go</c>): quotes, the escape character, and
/// <c>$VAR</c>, <c>${VAR}</c>, <c>${VAR:-w}</c>, <c>${VAR-w}</c>, <c>${VAR:+w}</c>, <c>${VAR+w}</c>,
/// <c>${VAR:?msg}</c>, <c>${VAR?msg}</c>, <c>${VAR#pat}</c>, <c>${VAR##pat}</c>, <c>${VAR%pat}</c>,
/// <c>${VAR%%pat}</c>, <c>${VAR/pat/repl}</c>, <c>${VAR//pat/repl}</c>.
/// Immutable and thread-safe; every call carries its own state. Never throws on bad input.
/// </summary>
/// <example>
/// <code>
/// var r = new VariableExpander().ProcessWord("nginx:${TAG:-latest}", VariableExpander.Lookup(args));
/// if (r.Success &amp;&amp; !r.HasUnresolved) Use(r.Value);
/// </code>
/// </example>
public sealed class VariableExpander
{
    public VariableExpander(char escapeChar = '\\')
        : this(new VariableExpanderOptions { EscapeChar = escapeChar })
    {
    }

    public VariableExpander(VariableExpanderOptions options)
    {
        Options = options;
    }

    public VariableExpanderOptions Options { get; }

    /// <summary>Processes <paramref name="input"/> as one word (FROM, COPY/ADD paths, USER, WORKDIR, ENV values…).</summary>
    /// <param name="input">The word as written.</param>
    /// <param name="lookup">Returns a variable's value, or null when it is unset.</param>
    /// <param name="budget">The file's expansion allowance; null gives this call one of its own (<see cref="ExpansionBudget"/> defaults).</param>
    public ExpansionResult ProcessWord(string input, Func<string, string?> lookup, ExpansionBudget? budget = null) => Process(input, lookup, budget);

    /// <summary>
    /// Processes <paramref name="input"/> and splits it into words on unquoted whitespace, after
    /// substitution (so an unquoted value holding spaces becomes several words), as BuildKit does for
    /// EXPOSE, VOLUME and friends. The words are in <see cref="ExpansionResult.Words"/>.
    /// </summary>
    public ExpansionResult ProcessWords(string input, Func<string, string?> lookup, ExpansionBudget? budget = null) => Process(input, lookup, budget);

    /// <summary>A case-sensitive (Linux) or case-insensitive (Windows) lookup over a dictionary; later keys win.</summary>
    public static Func<string, string?> Lookup(IEnumerable<KeyValuePair<string, string>> variables, bool ignoreCase = false)
    {
        var map = new Dictionary<string, string>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var pair in variables) map[pair.Key] = pair.Value;
        return name => map.TryGetValue(name, out var value) ? value : null;
    }

    /// <summary>A lookup over <c>KEY=value</c> lines (BuildKit's <c>BuildEnvs</c>: a line without <c>=</c> sets an empty value).</summary>
    public static Func<string, string?> Lookup(IEnumerable<string> keyValueLines, bool ignoreCase = false)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var line in keyValueLines)
        {
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            pairs.Add(eq < 0 ? new(line, "") : new(line[..eq], line[(eq + 1)..]));
        }
        return Lookup(pairs, ignoreCase);
    }

    /// <summary>
    /// Like <see cref="ProcessWord"/> but without <see cref="ExpansionResult.Words"/> (left empty): the value of one word, as
    /// a Dockerfile's variable scope wants it, without building the word list nobody reads.
    /// </summary>
    internal ExpansionResult ProcessValue(string input, Func<string, string?> lookup, ExpansionBudget budget) => Process(input, lookup, budget, collectWords: false);

    /// <summary>True when <paramref name="input"/> expands to itself: nothing in it that the lexer acts on.</summary>
    internal bool IsPlainWord(string input) => IsPlain(input);

    private ExpansionResult Process(string? input, Func<string, string?> lookup, ExpansionBudget? budget, bool collectWords = true)
    {
        input ??= "";
        if (IsPlain(input)) return collectWords ? PlainResult(input) : new ExpansionResult { Value = input, Words = [], References = [] };

        var run = new Run(input, lookup, Options, budget ?? new ExpansionBudget());
        var words = collectWords ? new WordsBuilder(input.Length) : null;
        var ok = run.ProcessStopOn(Run.Eof, Options.RawEscapes, out var value, words);
        if (!ok)
        {
            return new ExpansionResult
            {
                Value = "",
                Words = [],
                References = run.References,
                Error = run.LimitExceeded ? run.Error : $"failed to process \"{input}\": {run.Error}",
                ErrorOffset = run.ErrorOffset,
                LimitExceeded = run.LimitExceeded,
            };
        }
        return new ExpansionResult { Value = value, Words = words is null ? [] : words.GetWords(), References = run.References };
    }

    /// <summary>
    /// True when <paramref name="input"/> has nothing the lexer acts on (no <c>$</c>, quote or escape
    /// character): most words are like that, and then the value is the input and the words are its
    /// whitespace-separated parts, exactly what the full run would produce.
    /// </summary>
    private bool IsPlain(string input)
    {
        var span = input.AsSpan();
        var escape = Options.EscapeChar;
        return Options.SkipQuoteProcessing
            ? span.IndexOfAny('$', escape) < 0
            : span.IndexOfAny('$', '\'', '"') < 0 && span.IndexOf(escape) < 0;
    }

    private static ExpansionResult PlainResult(string input)
    {
        // The usual word: one, without blanks (no list to split it into).
        if (input.Length > 0 && !HasWhiteSpace(input))
        {
            return new ExpansionResult { Value = input, Words = [input], References = [] };
        }

        List<string>? words = null;
        var start = -1;
        for (var i = 0; i <= input.Length; i++)
        {
            if (i < input.Length && !char.IsWhiteSpace(input[i]))
            {
                if (start < 0) start = i;
            }
            else if (start >= 0)
            {
                (words ??= []).Add(start == 0 && i == input.Length ? input : input[start..i]);
                start = -1;
            }
        }
        return new ExpansionResult { Value = input, Words = words ?? (IReadOnlyList<string>)[], References = [] };
    }

    private static bool HasWhiteSpace(string input)
    {
        foreach (var c in input)
        {
            if (char.IsWhiteSpace(c)) return true;
        }

        return false;
    }

    /// <summary>BuildKit's word accumulator: unquoted whitespace from text or substituted values separates words.</summary>
    private sealed class WordsBuilder(int capacity)
    {
        private readonly List<string> _words = [];

        // Sized for the whole input so it stays one chunk: clearing a chunked StringBuilder copies.
        private readonly StringBuilder _word = new(capacity);
        private bool _inWord;

        public void AddChar(char ch)
        {
            if (char.IsWhiteSpace(ch))
            {
                if (_inWord && _word.Length != 0)
                {
                    _words.Add(_word.ToString());
                    _word.Clear();
                    _inWord = false;
                }
            }
            else
            {
                AddRawChar(ch);
            }
        }

        public void AddRawChar(char ch)
        {
            _word.Append(ch);
            _inWord = true;
        }

        public void AddString(string text)
        {
            foreach (var ch in text) AddChar(ch);
        }

        public void AddRawString(string text)
        {
            _word.Append(text);
            _inWord = true;
        }

        public IReadOnlyList<string> GetWords()
        {
            if (_word.Length > 0)
            {
                _words.Add(_word.ToString());
                _word.Clear();
                _inWord = false;
            }
            return _words;
        }
    }

    /// <summary>The state of one call: a cursor over the input, the references found, the first error.</summary>
    private sealed class Run(string input, Func<string, string?> lookup, VariableExpanderOptions options, ExpansionBudget budget)
    {
        public const int Eof = -1;

        private readonly string _s = input;

        // What an expansion may grow to: the word as written plus the budget's cap (so a long literal word still expands).
        private readonly long _cap = (long)budget.MaxValueLength + input.Length;
        private readonly List<VariableReference> _references = [];
        private int _pos;
        private int _depth;
        private bool _rawEscapes;

        public IReadOnlyList<VariableReference> References => _references;

        public string? Error { get; private set; }

        public int ErrorOffset { get; private set; } = -1;

        /// <summary>True when the error is the <see cref="ExpansionBudget"/>'s, not the word's.</summary>
        public bool LimitExceeded { get; private set; }

        private int Peek() => _pos < _s.Length ? _s[_pos] : Eof;

        private int Next() => _pos < _s.Length ? _s[_pos++] : Eof;

        /// <summary>Stops the word at a limit of the budget: the word is unresolved, and <see cref="LimitExceeded"/> says why.</summary>
        private bool FailLimit(string message)
        {
            if (Error is null) LimitExceeded = true;
            return Fail(message);
        }

        /// <summary>Checks a value being built against the cap.</summary>
        private bool WithinCap(StringBuilder sb) => sb.Length <= _cap || TooLong();

        private bool TooLong() => FailLimit($"expanding it adds more than {budget.MaxValueLength} characters");

        private bool Fail(string message)
        {
            if (Error is null)
            {
                Error = message;
                ErrorOffset = Math.Min(_pos, _s.Length);
            }
            return false;
        }

        /// <summary>Reads up to <paramref name="stopChar"/> (consumed) or the end of input.</summary>
        public bool ProcessStopOn(int stopChar, bool rawEscapes, out string result, WordsBuilder? words)
        {
            result = "";
            var saved = _rawEscapes;
            _rawEscapes = rawEscapes;
            try
            {
                var sb = new StringBuilder();
                var quotes = !options.SkipQuoteProcessing;
                while (Peek() != Eof)
                {
                    var ch = Peek();
                    if (stopChar != Eof && ch == stopChar)
                    {
                        _pos++;
                        result = sb.ToString();
                        return true;
                    }

                    if (ch == '$' || (quotes && (ch == '\'' || ch == '"')))
                    {
                        string part;
                        var ok = ch switch
                        {
                            '$' => ProcessDollar(out part),
                            '\'' => ProcessSingleQuote(out part),
                            _ => ProcessDoubleQuote(out part),
                        };
                        if (!ok) return false;
                        sb.Append(part);
                        if (!WithinCap(sb)) return false;
                        if (ch == '$') words?.AddString(part);
                        else words?.AddRawString(part);
                        continue;
                    }

                    var c = (char)Next();
                    if (c == options.EscapeChar)
                    {
                        if (_rawEscapes)
                        {
                            words?.AddRawChar(c);
                            sb.Append(c);
                        }

                        // The escape character escapes the next character; at the end it is dropped.
                        var next = Next();
                        if (next == Eof) break;
                        c = (char)next;
                        words?.AddRawChar(c);
                    }
                    else
                    {
                        words?.AddChar(c);
                    }
                    sb.Append(c);
                }

                if (stopChar != Eof)
                {
                    return Fail($"unexpected end of statement while looking for matching {(char)stopChar}");
                }
                result = sb.ToString();
                return true;
            }
            finally
            {
                _rawEscapes = saved;
            }
        }

        private bool ProcessSingleQuote(out string result)
        {
            // Everything up to the next ' is literal; a ' cannot be escaped inside.
            result = "";
            var sb = new StringBuilder();
            var open = Next();
            if (options.RawQuotes) sb.Append((char)open);
            while (true)
            {
                var ch = Next();
                if (ch == Eof) return Fail("unexpected end of statement while looking for matching single-quote");
                if (ch == '\'')
                {
                    if (options.RawQuotes) sb.Append('\'');
                    result = sb.ToString();
                    return true;
                }
                sb.Append((char)ch);
            }
        }

        private bool ProcessDoubleQuote(out string result)
        {
            // Literal except $ and the escape character, which escapes only " $ and itself.
            result = "";
            var sb = new StringBuilder();
            var open = Next();
            if (options.RawQuotes) sb.Append((char)open);
            while (true)
            {
                switch (Peek())
                {
                    case Eof:
                        return Fail("unexpected end of statement while looking for matching double-quote");
                    case '"':
                        Next();
                        if (options.RawQuotes) sb.Append('"');
                        result = sb.ToString();
                        return true;
                    case '$':
                        if (!ProcessDollar(out var value)) return false;
                        sb.Append(value);
                        if (!WithinCap(sb)) return false;
                        break;
                    default:
                        var ch = (char)Next();
                        if (ch == options.EscapeChar)
                        {
                            if (_rawEscapes) sb.Append(ch);
                            var peek = Peek();
                            if (peek == Eof) continue;
                            if (peek == '"' || peek == '$' || peek == options.EscapeChar) ch = (char)Next();
                        }
                        sb.Append(ch);
                        break;
                }
            }
        }

        private bool ProcessDollar(out string result)
        {
            result = "";
            if (_depth >= options.MaxNestingDepth)
            {
                return Fail($"variable substitutions nested deeper than {options.MaxNestingDepth}");
            }
            _depth++;
            try
            {
                if (!ProcessDollarCore(out result)) return false;

                // Every substituted character is copied at least once more: charge it, and cap the value.
                if (result.Length > _cap) return TooLong();
                return budget.TrySpend(result.Length) || FailLimit("the file's variable expansion allowance is used up");
            }
            finally
            {
                _depth--;
            }
        }

        private bool ProcessDollarCore(out string result)
        {
            result = "";
            var start = _pos;
            Next(); // the '$'

            if (Peek() != '{')
            {
                var plain = ProcessName();
                if (plain.Length == 0)
                {
                    result = "$";
                    return true;
                }
                var plainValue = GetEnv(plain, start, _pos, _references.Count);
                result = plainValue ?? (options.KeepUnsetVariables ? "$" + plain : "");
                return true;
            }

            Next(); // the '{'
            switch (Peek())
            {
                case Eof:
                    return Fail("syntax error: missing '}'");
                case '{' or '}' or ':':
                    return Fail("syntax error: bad substitution");
            }

            var name = ProcessName();
            var slot = _references.Count;
            var ch = Next();
            var modifier = ch == Eof ? "" : ((char)ch).ToString();
            var nullIsUnset = false;

            switch (ch)
            {
                case '}':
                {
                    var value = GetEnv(name, start, _pos, slot);
                    result = value ?? (options.KeepUnsetVariables ? "${" + name + "}" : "");
                    return true;
                }
                case ':' or '+' or '-' or '?' or '#' or '%':
                {
                    if (ch == ':')
                    {
                        nullIsUnset = true;
                        ch = Next();
                        if (ch != Eof) modifier += (char)ch;
                    }
                    var raw = ch == '#' || ch == '%';
                    if (!ProcessStopOn('}', raw, out var word, null))
                    {
                        if (Peek() == Eof) ReplaceError("syntax error: missing '}'");
                        return false;
                    }

                    var value = GetEnv(name, start, _pos, slot);
                    var set = value is not null;
                    value ??= "";
                    if (options.KeepUnsetVariables && !set)
                    {
                        result = "${" + name + modifier + word + "}";
                        return true;
                    }

                    switch (ch)
                    {
                        case '-':
                            result = !set || (nullIsUnset && value.Length == 0) ? word : value;
                            return true;
                        case '+':
                            result = !set || (nullIsUnset && value.Length == 0) ? "" : word;
                            return true;
                        case '?':
                            if (!set) return Fail($"{name}: {(word.Length != 0 ? word : "is not allowed to be unset")}");
                            if (nullIsUnset && value.Length == 0) return Fail($"{name}: {(word.Length != 0 ? word : "is not allowed to be empty")}");
                            result = value;
                            return true;
                        case '%' or '#':
                        {
                            // One %/# removes the shortest match, two the longest.
                            var greedy = false;
                            if (word.Length > 0 && word[0] == ch)
                            {
                                greedy = true;
                                word = word[1..];
                            }
                            var trimmed = ch == '%'
                                ? ShellPattern.TrimSuffix(word, value, greedy, budget)
                                : ShellPattern.TrimPrefix(word, value, greedy, budget);
                            if (trimmed.LimitExceeded) return FailLimit($"${{{name}{modifier}…}}: {trimmed.Error}");
                            if (trimmed.Error is not null) return Fail($"invalid pattern ({word}) in substitution: {trimmed.Error}");
                            result = trimmed.Value;
                            return true;
                        }
                        default:
                            return Fail($"unsupported modifier ({modifier}) in substitution");
                    }
                }
                case '/':
                {
                    var replaceAll = Peek() == '/';
                    if (replaceAll) Next();
                    if (!ProcessStopOn('/', true, out var pattern, null))
                    {
                        if (Peek() == Eof) ReplaceError("syntax error: missing '/' in ${}");
                        return false;
                    }
                    if (!ProcessStopOn('}', true, out var replacement, null))
                    {
                        if (Peek() == Eof) ReplaceError("syntax error: missing '}'");
                        return false;
                    }

                    var value = GetEnv(name, start, _pos, slot);
                    if (options.KeepUnsetVariables && value is null)
                    {
                        result = "${" + name + "/" + pattern + "/" + replacement + "}";
                        return true;
                    }
                    var replaced = ShellPattern.Replace(value ?? "", pattern, replacement, replaceAll, budget);
                    if (replaced.LimitExceeded) return FailLimit($"${{{name}/…}}: {replaced.Error}");
                    if (replaced.Error is not null) return Fail($"invalid pattern ({pattern}) in substitution: {replaced.Error}");
                    result = replaced.Value;
                    return true;
                }
                default:
                    return Fail($"unsupported modifier ({modifier}) in substitution");
            }
        }

        private void ReplaceError(string message)
        {
            Error = message;
        }

        /// <summary>A name: letters, digits and _; or a run of digits (positional); or one special parameter.</summary>
        private string ProcessName()
        {
            var start = _pos;
            while (_pos < _s.Length)
            {
                var first = _pos == start;
                if (Rune.DecodeFromUtf16(_s.AsSpan(_pos), out var rune, out var width) != System.Buffers.OperationStatus.Done)
                {
                    break;
                }
                if (first && Rune.IsDigit(rune))
                {
                    while (_pos < _s.Length && char.IsDigit(_s[_pos])) _pos++;
                    return _s[start.._pos];
                }
                if (first && IsSpecialParameter(rune.Value))
                {
                    _pos++;
                    return _s[start.._pos];
                }
                if (!Rune.IsLetter(rune) && !Rune.IsDigit(rune) && rune.Value != '_') break;
                _pos += width;
            }
            return _s[start.._pos];
        }

        private static bool IsSpecialParameter(int ch) => ch is '@' or '*' or '#' or '?' or '-' or '$' or '!' or '0';

        private string? GetEnv(string name, int start, int end, int slot)
        {
            var value = lookup(name);
            // Outer references are inserted before the nested ones found while reading their word.
            _references.Insert(Math.Min(slot, _references.Count), new VariableReference(name, start, end, value is not null));
            return value;
        }
    }
}
