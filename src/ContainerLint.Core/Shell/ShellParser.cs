namespace ContainerLint.Core.Shell;

using System.Text;

/// <summary>
/// A forgiving recursive-descent reader of POSIX-ish shell (plus the common bash forms) that finds
/// simple commands and the structure around them. It does not evaluate anything. Nesting deeper
/// than the cap is flattened (with a diagnostic) so the stack stays bounded; every loop advances,
/// so the work is linear in the input.
/// </summary>
internal sealed class ShellParser
{
    private const int Eof = -1;

    private readonly string _s;
    private readonly int _maxDepth;
    private readonly List<ShellCommand> _commands = [];

    // Made at the first pipeline, diagnostic or heredoc: most scripts have none of one or the other.
    private List<ShellPipeline>? _pipelines;
    private List<ShellDiagnostic>? _diagnostics;
    private List<(ShellRedirection Redirection, string Delimiter, bool StripTabs)>? _pendingHeredocs;

    // The values of words that drop a quote or an escape, built one after another: a word takes its characters from the end
    // and gives the builder back as it found it, so a word read inside another one's $( … ) leaves the outer value intact.
    private StringBuilder? _built;

    // The words of the simple commands being read, as a stack (a command substitution inside a word reads its own commands
    // above the outer one's words): each command takes an exact-size array of its words, where a list per command grew one
    // element at a time.
    private readonly List<ShellWord> _wordStack = [];
    private ShellConstruct[] _enclosingSnapshot = [];

    // The snapshots of the levels outside the current one, so leaving a construct restores its outer snapshot instead of copying it.
    private List<ShellConstruct[]>? _outerSnapshots;
    private int _pos;
    private int _depth;
    private int _backtickDepth;
    private int _substitutionDepth;

    /// <summary>
    /// Command substitutions nested deeper than this are kept as text, not parsed. Each level is a word holding
    /// the text of the levels inside it, so rules that read every word read the innermost text once per level:
    /// 199 levels around 5 MB meant a gigabyte per rule. Real scripts nest two or three, rarely more.
    /// </summary>
    internal const int MaxSubstitutionDepth = 8;

    private ShellParser(string text, int maxDepth)
    {
        _s = text;
        _maxDepth = maxDepth;
    }

    internal static (List<ShellCommand> Commands, IReadOnlyList<ShellPipeline> Pipelines, IReadOnlyList<ShellDiagnostic> Diagnostics) Parse(string text, int maxDepth)
    {
        var parser = new ShellParser(text, maxDepth);
        parser.ParseList(Terminators.None);
        return (InSourceOrder(parser._commands), parser._pipelines ?? (IReadOnlyList<ShellPipeline>)[], parser._diagnostics ?? (IReadOnlyList<ShellDiagnostic>)[]);
    }

    /// <summary>
    /// The commands by start offset, ties in the order they were parsed (a stable sort): an outer command
    /// is completed after the commands of its <c>$( … )</c> words but starts before them. Most scripts have
    /// no substitutions and are already in order, so that case costs one pass and no allocation.
    /// </summary>
    private static List<ShellCommand> InSourceOrder(List<ShellCommand> commands)
    {
        var sorted = true;
        for (var i = 1; i < commands.Count && sorted; i++) sorted = commands[i - 1].Start <= commands[i].Start;
        if (sorted) return commands;

        var order = new int[commands.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => commands[a].Start != commands[b].Start ? commands[a].Start.CompareTo(commands[b].Start) : a.CompareTo(b));
        var result = new List<ShellCommand>(order.Length);
        foreach (var i in order) result.Add(commands[i]);
        return result;
    }

    [Flags]
    private enum Terminators
    {
        None = 0,
        CloseParen = 1,
        Backtick = 2,
        CloseBrace = 4,
        Then = 8,
        ElseElifFi = 16,
        Do = 32,
        Done = 64,
        CaseItemEnd = 128,
    }

    // ---------- character helpers ----------

    private int Peek(int ahead = 0) => _pos + ahead < _s.Length ? _s[_pos + ahead] : Eof;

    private bool At(string op) => string.CompareOrdinal(_s, _pos, op, 0, op.Length) == 0 && _pos + op.Length <= _s.Length;

    private static bool IsBlank(int c) => c is ' ' or '\t' or '\r' or '\f' or '\v';

    // The metacharacters below 64 as bits (blanks, newline, ; & < > ( )): IsMeta runs for nearly every character read.
    private const ulong MetaBelow64 = (1UL << ' ') | (1UL << '\t') | (1UL << '\r') | (1UL << '\f') | (1UL << '\v') | (1UL << '\n')
        | (1UL << ';') | (1UL << '&') | (1UL << '<') | (1UL << '>') | (1UL << '(') | (1UL << ')');

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsMeta(int c) => (uint)c < 64 ? ((MetaBelow64 >> c) & 1) != 0 : c is '|' or Eof;

    /// <summary>Where a plain word stops: a metacharacter, or a character that quotes, escapes or expands.</summary>
    private static readonly System.Buffers.SearchValues<char> PlainWordStops =
        System.Buffers.SearchValues.Create(" \t\r\f\v\n;&|<>()\\'\"$`");

    private void Diagnose(string message, int offset) => (_diagnostics ??= []).Add(new ShellDiagnostic(message, offset));

    private void Push(ShellConstruct construct)
    {
        (_outerSnapshots ??= []).Add(_enclosingSnapshot);
        _enclosingSnapshot = [.. _enclosingSnapshot, construct];
    }

    private void Pop()
    {
        _enclosingSnapshot = _outerSnapshots![^1];
        _outerSnapshots.RemoveAt(_outerSnapshots.Count - 1);
    }

    /// <summary>Skips blanks, line continuations and a comment (not the newline ending it).</summary>
    private void SkipBlanks()
    {
        while (_pos < _s.Length)
        {
            var c = _s[_pos];
            if (IsBlank(c))
            {
                _pos++;
            }
            else if (c == '\\' && Peek(1) == '\n')
            {
                _pos += 2;
            }
            else if (c == '#')
            {
                var nl = _s.IndexOf('\n', _pos);
                _pos = nl < 0 ? _s.Length : nl;
            }
            else
            {
                break;
            }
        }
    }

    /// <summary>Consumes a newline, then the bodies of heredocs opened on the line it ends.</summary>
    private void ConsumeNewline()
    {
        _pos++;
        if (_pendingHeredocs is not { Count: > 0 }) return;
        foreach (var (redirection, delimiter, stripTabs) in _pendingHeredocs)
        {
            var bodyStart = _pos;
            var found = false;
            while (_pos < _s.Length)
            {
                var lineStart = _pos;
                var nl = _s.IndexOf('\n', _pos);
                var lineEnd = nl < 0 ? _s.Length : nl;
                var line = _s.AsSpan(lineStart, lineEnd - lineStart);
                if (line.EndsWith("\r")) line = line[..^1];
                if (stripTabs) line = line.TrimStart('\t');
                _pos = nl < 0 ? _s.Length : nl + 1;
                if (line.SequenceEqual(delimiter))
                {
                    redirection.HeredocBody = _s[bodyStart..lineStart];
                    found = true;
                    break;
                }
            }
            if (!found)
            {
                redirection.HeredocBody = _s[bodyStart..];
                Diagnose($"heredoc delimited by '{delimiter}' is not terminated", redirection.Start);
            }
            redirection.HeredocBodyStart = bodyStart;
        }
        _pendingHeredocs.Clear();
    }

    private void SkipLinebreaks()
    {
        while (true)
        {
            SkipBlanks();
            if (Peek() == '\n') ConsumeNewline();
            else return;
        }
    }

    /// <summary>Every word the grammar looks for at a command position (reserved words, <c>!</c>, braces).</summary>
    private static readonly string[] ReservedWords = ["!", "{", "}", "if", "then", "else", "elif", "fi", "while", "until", "for", "select", "in", "do", "done", "case", "esac", "function"];

    /// <summary>
    /// The reserved word at the cursor when it stands alone (followed by a delimiter), else null.
    /// Returns the shared constant, so peeking at every command start allocates nothing.
    /// </summary>
    private string? PeekPlainWord()
    {
        // Most command words (apt-get, curl, /usr/bin/x) start with a letter no reserved word starts with: no scan for those.
        if (_pos >= _s.Length || _s[_pos] is not ('!' or '{' or '}' or 'i' or 't' or 'e' or 'f' or 'w' or 'u' or 's' or 'd' or 'c')) return null;
        var i = _pos;
        var end = Math.Min(_s.Length, _pos + 9);
        while (i < end && !IsMeta(_s[i]) && _s[i] is not ('"' or '\'' or '\\' or '$' or '`')) i++;
        if (i - _pos > 8) return null;
        if (i < _s.Length && !IsMeta(_s[i]) && _s[i] != '`') return null;
        var word = _s.AsSpan(_pos, i - _pos);
        foreach (var reserved in ReservedWords)
        {
            if (word.SequenceEqual(reserved)) return reserved;
        }
        return null;
    }

    private bool AtTerminator(Terminators t)
    {
        var c = Peek();
        if (c == ')' && (t & Terminators.CloseParen) != 0) return true;
        if (c == '`' && (t & Terminators.Backtick) != 0) return true;
        if ((t & Terminators.CaseItemEnd) != 0 && At(";;")) return true;
        var word = PeekPlainWord();
        if (word is null) return false;
        return word switch
        {
            "}" => (t & Terminators.CloseBrace) != 0,
            "then" => (t & Terminators.Then) != 0,
            "else" or "elif" or "fi" => (t & Terminators.ElseElifFi) != 0,
            "do" => (t & Terminators.Do) != 0,
            "done" => (t & Terminators.Done) != 0,
            "esac" => (t & Terminators.CaseItemEnd) != 0,
            _ => false,
        };
    }

    // ---------- grammar ----------

    /// <summary>Reads and-or lists separated by ; &amp; or newlines until a terminator in <paramref name="t"/> or the end.</summary>
    private ShellCommand? ParseList(Terminators t)
    {
        ShellCommand? lastOwn = null;
        while (true)
        {
            SkipLinebreaks();
            if (_pos >= _s.Length || AtTerminator(t)) return lastOwn;
            var c = Peek();
            if (c is ')' or ';' or '&' or '|' or '`')
            {
                // A stray operator (e.g. ')' with no '(' or ';;' outside case): note it and go on.
                var len = At(";;") || At("&&") || At("||") ? 2 : 1;
                if (c == '`' && _backtickDepth > 0) return lastOwn;
                Diagnose($"unexpected '{_s.Substring(_pos, len)}'", _pos);
                _pos += len;
                continue;
            }
            var word = PeekPlainWord();
            if (word is "}" or "then" or "else" or "elif" or "fi" or "do" or "done" or "esac")
            {
                Diagnose($"unexpected '{word}'", _pos);
                _pos += word.Length;
                continue;
            }

            var before = _pos;
            var last = ParseAndOr(t);
            lastOwn = last ?? lastOwn;
            SkipBlanks();
            c = Peek();
            if (c == ';' && !At(";;"))
            {
                SetOperator(last, ";");
                _pos++;
            }
            else if (c == '&' && !At("&&"))
            {
                SetOperator(last, "&");
                _pos++;
            }
            else if (c == '\n')
            {
                SetOperator(last, "\n");
                ConsumeNewline();
            }
            if (_pos == before)
            {
                Diagnose($"unexpected '{(char)Peek()}'", _pos);
                _pos++;
            }
        }
    }

    private static void SetOperator(ShellCommand? command, string op)
    {
        if (command is not null) command.Operator = op;
    }

    private ShellCommand? ParseAndOr(Terminators t)
    {
        var last = ParsePipeline(t);
        while (true)
        {
            SkipBlanks();
            string op;
            if (At("&&")) op = "&&";
            else if (At("||")) op = "||";
            else return last;
            SetOperator(last, op);
            _pos += 2;
            SkipLinebreaks();
            if (_pos >= _s.Length || AtTerminator(t)) return last;
            last = ParsePipeline(t) ?? last;
        }
    }

    private ShellCommand? ParsePipeline(Terminators t)
    {
        var start = _pos;
        var negated = false;
        if (PeekPlainWord() == "!")
        {
            negated = true;
            _pos++;
            SkipBlanks();
        }

        // Most pipelines are one command: the stage list is made at the first '|'.
        List<(int From, ShellCommand? Last)>? stages = null;
        var stageStartCount = _commands.Count;
        var last = ParseCommand(t);
        var first = (From: stageStartCount, Last: last);
        while (true)
        {
            SkipBlanks();
            if (!(Peek() == '|' && Peek(1) != '|')) break;
            var op = At("|&") ? "|&" : "|";
            SetOperator(last, op);
            _pos += op.Length;
            SkipLinebreaks();
            if (_pos >= _s.Length || AtTerminator(t)) break;
            stageStartCount = _commands.Count;
            last = ParseCommand(t) ?? last;
            (stages ??= [first]).Add((stageStartCount, last));
        }

        if (stages is not null)
        {
            var stageLists = new List<IReadOnlyList<ShellCommand>>();
            var depth = _enclosingSnapshot.Length;
            for (var i = 0; i < stages.Count; i++)
            {
                var to = i + 1 < stages.Count ? stages[i + 1].From : _commands.Count;
                var members = new List<ShellCommand>();
                for (var k = stages[i].From; k < to; k++)
                {
                    // Commands inside $( … ) words belong to another, inner structure.
                    var cmd = _commands[k];
                    var level = cmd.SubstitutionLevel;
                    if (level < depth || level == int.MaxValue) members.Add(cmd);
                }
                members.Sort((a, b) => a.Start.CompareTo(b.Start));
                stageLists.Add(members);
            }
            var pipeline = new ShellPipeline(stageLists, start, _pos, negated);
            for (var i = 0; i < stageLists.Count; i++)
            {
                foreach (var cmd in stageLists[i])
                {
                    // A command of an inner pipeline ((a | b) | c) keeps its innermost pipeline.
                    if (cmd.Pipeline is not null) continue;
                    cmd.Pipeline = pipeline;
                    cmd.PipelineStage = i;
                }
            }
            (_pipelines ??= []).Add(pipeline);
        }
        return last;
    }

    private ShellCommand? ParseCommand(Terminators t)
    {
        SkipBlanks();
        var c = Peek();
        if (c == '(' && Peek(1) == '(')
        {
            // (( arithmetic )): evaluated, never a command to inspect.
            SkipArithmetic();
            ParseTrailingRedirections();
            return null;
        }
        if (c == '(')
        {
            if (!Enter())
            {
                _pos++;
                return null;
            }
            _pos++;
            Push(ShellConstruct.Subshell);
            var last = ParseInner(Terminators.CloseParen, ")");
            Pop();
            _depth--;
            ParseTrailingRedirections();
            return last;
        }

        return PeekPlainWord() is { } word && word is "{" or "if" or "while" or "until" or "for" or "select" or "case" or "function"
            ? ParseKeywordCommand(word, t)
            : ParseSimpleCommand(t);
    }

    /// <summary>
    /// A compound command or function definition opened by <paramref name="word"/>. Apart from
    /// <see cref="ParseCommand"/> so that the closures over the word are made only for these, not for every simple command.
    /// </summary>
    private ShellCommand? ParseKeywordCommand(string word, Terminators t)
    {
        switch (word)
        {
            case "{":
                return ParseCompound(ShellConstruct.BraceGroup, () =>
                {
                    _pos++;
                    return ParseInner(Terminators.CloseBrace, "}");
                });
            case "if":
                return ParseCompound(ShellConstruct.If, ParseIf);
            case "while" or "until":
                return ParseCompound(ShellConstruct.Loop, () =>
                {
                    _pos += word.Length;
                    ParseInnerNoClose(Terminators.Do);
                    return ParseDoGroup();
                });
            case "for" or "select":
                return ParseCompound(ShellConstruct.Loop, () =>
                {
                    _pos += word.Length;
                    SkipBlanks();
                    // for NAME [in WORDS…] ; do … done, or for (( … )); do … done
                    if (At("((")) SkipArithmetic();
                    else ReadWord();
                    SkipLinebreaks();
                    if (PeekPlainWord() == "in")
                    {
                        _pos += 2;
                        while (true)
                        {
                            SkipBlanks();
                            var ch = Peek();
                            if (ch is Eof or '\n' or ';' or '&' or '|' or ')' or '(') break;
                            if (ch is '<' or '>') break;
                            ReadWord();
                        }
                    }
                    SkipBlanks();
                    if (Peek() == ';') _pos++;
                    SkipLinebreaks();
                    return ParseDoGroup();
                });
            case "case":
                return ParseCompound(ShellConstruct.Case, ParseCase);
            case "function":
            {
                _pos += word.Length;
                SkipBlanks();
                ReadWord();
                SkipBlanks();
                if (Peek() == '(' && Peek(1) == ')') _pos += 2;
                SkipLinebreaks();
                return ParseFunctionBody(t);
            }
            default:
                return ParseSimpleCommand(t);
        }
    }

    private bool Enter()
    {
        if (_depth >= _maxDepth)
        {
            Diagnose($"nesting deeper than {_maxDepth}; inner structure flattened", _pos);
            return false;
        }
        _depth++;
        return true;
    }

    private ShellCommand? ParseCompound(ShellConstruct construct, Func<ShellCommand?> body)
    {
        if (!Enter())
        {
            // Too deep: read the keyword as an ordinary command word and go on flat.
            return ParseSimpleCommand(Terminators.None);
        }
        Push(construct);
        var last = body();
        Pop();
        _depth--;
        ParseTrailingRedirections();
        return last;
    }

    private ShellCommand? ParseInner(Terminators t, string closer)
    {
        var last = ParseList(t);
        SkipBlanks();
        if (closer.Length == 1 && Peek() == closer[0] && (closer != "}" || PeekPlainWord() == "}"))
        {
            _pos++;
        }
        else if (closer.Length > 1 && PeekPlainWord() == closer)
        {
            _pos += closer.Length;
        }
        else if (!(closer == "do" && _pos >= _s.Length))
        {
            Diagnose($"expected '{closer}'", _pos);
        }
        return last;
    }

    private ShellCommand? ParseIf()
    {
        _pos += 2; // if
        ParseInner(Terminators.Then, "then");
        var last = ParseInnerNoClose(Terminators.ElseElifFi);
        while (true)
        {
            SkipBlanks();
            var word = PeekPlainWord();
            if (word == "elif")
            {
                _pos += 4;
                ParseInner(Terminators.Then, "then");
                last = ParseInnerNoClose(Terminators.ElseElifFi) ?? last;
            }
            else if (word == "else")
            {
                _pos += 4;
                last = ParseInnerNoClose(Terminators.ElseElifFi) ?? last;
            }
            else if (word == "fi")
            {
                _pos += 2;
                return last;
            }
            else
            {
                Diagnose("expected 'fi'", _pos);
                return last;
            }
        }
    }

    private ShellCommand? ParseInnerNoClose(Terminators t) => ParseList(t);

    private ShellCommand? ParseDoGroup()
    {
        SkipLinebreaks();
        if (PeekPlainWord() != "do")
        {
            Diagnose("expected 'do'", _pos);
            return null;
        }
        _pos += 2;
        return ParseInner(Terminators.Done, "done");
    }

    private ShellCommand? ParseCase()
    {
        _pos += 4; // case
        SkipBlanks();
        ReadWord();
        SkipLinebreaks();
        if (PeekPlainWord() == "in") _pos += 2;
        else Diagnose("expected 'in'", _pos);
        ShellCommand? last = null;
        while (true)
        {
            SkipLinebreaks();
            if (_pos >= _s.Length)
            {
                Diagnose("expected 'esac'", _pos);
                return last;
            }
            if (PeekPlainWord() == "esac")
            {
                _pos += 4;
                return last;
            }
            // pattern [| pattern]… )
            if (Peek() == '(') _pos++;
            var progressed = _pos;
            while (_pos < _s.Length)
            {
                SkipBlanks();
                var c = Peek();
                if (c == ')')
                {
                    _pos++;
                    break;
                }
                if (c == '|')
                {
                    _pos++;
                    continue;
                }
                if (c is '\n' or Eof) break;
                if (ReadWord() is null) _pos++;
            }
            last = ParseInnerNoClose(Terminators.CaseItemEnd) ?? last;
            SkipBlanks();
            var itemEnd = At(";;&") ? ";;&" : At(";;") ? ";;" : At(";&") ? ";&" : null;
            if (itemEnd is not null)
            {
                SetOperator(last, itemEnd);
                _pos += itemEnd.Length;
            }
            if (_pos == progressed) _pos++;
        }
    }

    private ShellCommand? ParseFunctionBody(Terminators t)
    {
        if (!Enter()) return null;
        Push(ShellConstruct.Function);
        var last = ParseCommand(t);
        Pop();
        _depth--;
        return last;
    }

    private void ParseTrailingRedirections()
    {
        while (true)
        {
            SkipBlanks();
            var r = TryParseRedirection();
            if (r is null) return;
        }
    }

    private ShellCommand? ParseSimpleCommand(Terminators t)
    {
        var wordBase = _wordStack.Count;
        try
        {
            return ParseSimpleCommand(t, wordBase);
        }
        finally
        {
            _wordStack.RemoveRange(wordBase, _wordStack.Count - wordBase);
        }
    }

    private ShellCommand? ParseSimpleCommand(Terminators t, int wordBase)
    {
        var words = _wordStack;
        List<ShellAssignment>? assignments = null;
        List<ShellRedirection>? redirections = null;
        var start = -1;
        var end = _pos;
        while (true)
        {
            SkipBlanks();
            var c = Peek();
            if (c == Eof || c == '\n' || c == ';' || c == ')' || (c == '&' && Peek(1) != '>') || (c == '|')) break;
            if (c == '`' && _backtickDepth > 0) break;
            if (c == '(' && Peek(1) != '(')
            {
                if (words.Count - wordBase == 1 && assignments is null && LooksLikeFunctionParens())
                {
                    // name() compound-command
                    SkipBlanks();
                    _pos++;
                    SkipBlanks();
                    _pos++;
                    SkipLinebreaks();
                    return ParseFunctionBody(t);
                }
                if (words.Count > wordBase || assignments is not null) break;
            }

            var tokenStart = _pos;
            var redirection = TryParseRedirection();
            if (redirection is not null)
            {
                (redirections ??= []).Add(redirection);
                if (start < 0) start = tokenStart;
                end = _pos;
                continue;
            }

            var word = ReadWord();
            if (word is null)
            {
                if (_pos == tokenStart) break;
                continue;
            }
            if (start < 0) start = word.Start;
            end = word.End;
            // The raw text is read in place: cutting it for every command's first word cost a string each.
            var raw = _s.AsSpan(word.Start, word.End - word.Start);
            if (words.Count == wordBase && CommandWrappers.IsAssignment(raw))
            {
                // Name and value cut from the value in place: the whole word's value is seldom read.
                var value = word.ValueSpan;
                var eq = value.IndexOf('=');
                var name = value[..eq];
                if (name.EndsWith('+')) name = name[..^1];
                (assignments ??= []).Add(new ShellAssignment(name.ToString(), value[(eq + 1)..].ToString(), word));
                continue;
            }
            if (words.Count == wordBase && IsAppendAssignment(raw))
            {
                var value = word.ValueSpan;
                var eq = value.IndexOf("+=", StringComparison.Ordinal);
                (assignments ??= []).Add(new ShellAssignment(value[..eq].ToString(), value[(eq + 2)..].ToString(), word));
                continue;
            }
            words.Add(word);
        }

        if (start < 0) return null;
        var command = new ShellCommand(_s, TakeWords(wordBase), assignments ?? (IReadOnlyList<ShellAssignment>)[], redirections ?? (IReadOnlyList<ShellRedirection>)[], start, end, _enclosingSnapshot);
        _commands.Add(command);
        return command;
    }

    private ShellWord[] TakeWords(int wordBase)
    {
        var count = _wordStack.Count - wordBase;
        if (count == 0) return [];
        var words = new ShellWord[count];
        _wordStack.CopyTo(wordBase, words, 0, count);
        return words;
    }

    /// <summary>True for <c>NAME+=value</c>: a name (up to any earlier <c>=</c>) before the first <c>+=</c>.</summary>
    private static bool IsAppendAssignment(ReadOnlySpan<char> raw)
    {
        var plusEq = raw.IndexOf("+=", StringComparison.Ordinal);
        if (plusEq <= 0) return false;
        var name = raw[..plusEq];
        var eq = name.IndexOf('=');
        return CommandWrappers.IsName(eq >= 0 ? name[..eq] : name);
    }

    private bool LooksLikeFunctionParens()
    {
        var i = _pos + 1;
        while (i < _s.Length && IsBlank(_s[i])) i++;
        return i < _s.Length && _s[i] == ')';
    }

    private ShellRedirection? TryParseRedirection()
    {
        // Every redirection starts with a digit (its descriptor), '<', '>' or '&': most words start with none of them.
        if (_pos >= _s.Length || _s[_pos] is not ('<' or '>' or '&' or (>= '0' and <= '9'))) return null;
        var start = _pos;
        var i = _pos;
        int? fd = null;
        while (i < _s.Length && char.IsAsciiDigit(_s[i])) i++;
        if (i > _pos && i < _s.Length && (_s[i] == '<' || _s[i] == '>') && i - _pos <= 9)
        {
            fd = int.Parse(_s.AsSpan(_pos, i - _pos), System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            i = _pos;
        }

        string? op = null;
        foreach (var candidate in RedirectOperators)
        {
            if (string.CompareOrdinal(_s, i, candidate, 0, candidate.Length) == 0 && i + candidate.Length <= _s.Length)
            {
                op = candidate;
                break;
            }
        }
        if (op is null) return null;
        // <( and >( are process substitutions (words), not redirections.
        if ((op == "<" || op == ">") && i + 1 < _s.Length && _s[i + 1] == '(') return null;
        if (fd is not null && op.StartsWith('&')) return null;

        _pos = i + op.Length;
        SkipBlanks();
        var target = Peek() is '\n' or Eof or ';' or '|' or '&' or ')' ? null : ReadWord();
        if (target is null) Diagnose($"missing target after '{op}'", start);
        var redirection = new ShellRedirection(fd, op, target, start, target?.End ?? _pos);
        if (op is "<<" or "<<-" && target is not null)
        {
            (_pendingHeredocs ??= []).Add((redirection, target.Value, op == "<<-"));
        }
        return redirection;
    }

    private static readonly string[] RedirectOperators = ["&>>", "&>", "<<<", "<<-", "<<", "<&", "<>", "<", ">>", ">&", ">|", ">"];

    // ---------- words ----------

    /// <summary>Reads one word at the cursor, or null (cursor unchanged) when a metacharacter is there.</summary>
    private ShellWord? ReadWord()
    {
        var start = _pos;
        var quoted = false;
        var expansion = false;

        if ((Peek() == '<' || Peek() == '>') && Peek(1) == '(')
        {
            // Process substitution <( … ) / >( … ).
            _pos += 2;
            ParseSubstitution(ShellConstruct.ProcessSubstitution, Terminators.CloseParen, ')');
            return new ShellWord(_s, start, _pos, start, _pos - start, quoted: false, expansion: true);
        }

        // Most words (package names, paths, flags) have nothing to unquote or expand: value and raw text are one slice.
        var stop = _s.AsSpan(_pos).IndexOfAny(PlainWordStops);
        var plainEnd = stop < 0 ? _s.Length : _pos + stop;
        if (plainEnd > _pos && (plainEnd == _s.Length || IsMeta(_s[plainEnd]) || (_s[plainEnd] == '`' && _backtickDepth > 0)))
        {
            _pos = plainEnd;
            return new ShellWord(_s, start, plainEnd, start, plainEnd - start, quoted: false, expansion: false);
        }

        var value = new WordValue(this);

        while (_pos < _s.Length)
        {
            var c = _s[_pos];
            if (IsMeta(c)) break;
            if (c == '`' && _backtickDepth > 0) break;
            switch (c)
            {
                case '\\':
                    if (Peek(1) == '\n')
                    {
                        _pos += 2;
                        continue;
                    }
                    quoted = true;
                    if (_pos + 1 < _s.Length)
                    {
                        value.Slice(_pos + 1, 1);
                        _pos += 2;
                    }
                    else
                    {
                        value.Slice(_pos, 1);
                        _pos++;
                    }
                    continue;
                case '\'':
                {
                    quoted = true;
                    var close = _s.IndexOf('\'', _pos + 1);
                    if (close < 0)
                    {
                        Diagnose("unterminated single quote", _pos);
                        value.Slice(_pos + 1, _s.Length - _pos - 1);
                        _pos = _s.Length;
                    }
                    else
                    {
                        value.Slice(_pos + 1, close - _pos - 1);
                        _pos = close + 1;
                    }
                    continue;
                }
                case '"':
                    quoted = true;
                    expansion |= ReadDoubleQuoted(ref value);
                    continue;
                case '$':
                    expansion |= ReadDollar(ref value, inDoubleQuotes: false, ref quoted);
                    continue;
                case '`':
                    expansion = true;
                    ReadBacktick(ref value);
                    continue;
                default:
                    value.Slice(_pos, 1);
                    _pos++;
                    continue;
            }
        }
        if (_pos == start) return null;
        return value.ToWord(start, _pos, quoted, expansion);
    }

    /// <summary>
    /// A word's value while it is read: a slice of the script for as long as the pieces are contiguous (every
    /// <c>$( … )</c>, <c>${ … }</c> and plain run is), copied to the end of the parser's builder only once a quote or
    /// escape is dropped; the word's string is cut from there and the builder shortened back.
    /// </summary>
    private struct WordValue(ShellParser parser)
    {
        private int _builtStart = -1;
        private int _start = -1;
        private int _end;

        public void Slice(int offset, int length)
        {
            if (_builtStart < 0)
            {
                if (_start < 0 || _end == _start)
                {
                    (_start, _end) = (offset, offset + length);
                    return;
                }

                if (offset == _end)
                {
                    _end += length;
                    return;
                }

                StartBuilding();
            }

            parser._built!.Append(parser._s, offset, length);
        }

        /// <summary>Text that is not in the script as such (a decoded $'…' escape).</summary>
        public void Append(string text)
        {
            if (_builtStart < 0) StartBuilding();
            parser._built!.Append(text);
        }

        private void StartBuilding()
        {
            var built = parser._built ??= new StringBuilder();
            _builtStart = built.Length;
            if (_start >= 0) built.Append(parser._s, _start, _end - _start);
        }

        public readonly ShellWord ToWord(int start, int end, bool quoted, bool expansion)
        {
            if (_builtStart < 0)
            {
                return new ShellWord(parser._s, start, end, Math.Max(_start, 0), _start < 0 ? 0 : _end - _start, quoted, expansion);
            }

            var built = parser._built!;
            var value = built.ToString(_builtStart, built.Length - _builtStart);
            built.Length = _builtStart;
            return new ShellWord(parser._s, start, end, value, quoted, expansion);
        }
    }

    /// <summary>Reads "…" at the cursor; returns whether it held an expansion.</summary>
    private bool ReadDoubleQuoted(ref WordValue value)
    {
        var open = _pos;
        _pos++;
        var expansion = false;
        var dummy = true;
        while (_pos < _s.Length)
        {
            var c = _s[_pos];
            if (c == '"')
            {
                _pos++;
                return expansion;
            }
            if (c == '\\')
            {
                var n = Peek(1);
                if (n == '\n')
                {
                    _pos += 2;
                    continue;
                }
                if (n is '$' or '`' or '"' or '\\')
                {
                    value.Slice(_pos + 1, 1);
                    _pos += 2;
                    continue;
                }
                value.Slice(_pos, 1);
                _pos++;
                continue;
            }
            if (c == '$')
            {
                expansion |= ReadDollar(ref value, inDoubleQuotes: true, ref dummy);
                continue;
            }
            if (c == '`')
            {
                if (_backtickDepth > 0) break;
                expansion = true;
                ReadBacktick(ref value);
                continue;
            }
            value.Slice(_pos, 1);
            _pos++;
        }
        Diagnose("unterminated double quote", open);
        return expansion;
    }

    /// <summary>Reads $…, appending its raw text (or the decoded $'…' string); returns whether it is an expansion.</summary>
    private bool ReadDollar(ref WordValue value, bool inDoubleQuotes, ref bool quoted)
    {
        var start = _pos;
        var n = Peek(1);
        if (n == '(' && Peek(2) == '(')
        {
            SkipArithmetic();
            value.Slice(start, _pos - start);
            return true;
        }
        if (n == '(')
        {
            _pos += 2;
            ParseSubstitution(ShellConstruct.CommandSubstitution, Terminators.CloseParen, ')');
            value.Slice(start, _pos - start);
            return true;
        }
        if (n == '{')
        {
            SkipBraced();
            value.Slice(start, _pos - start);
            return true;
        }
        if (n == '\'' && !inDoubleQuotes)
        {
            quoted = true;
            _pos += 2;
            ReadAnsiC(ref value);
            return false;
        }
        if (n == '"' && !inDoubleQuotes)
        {
            // $"…" (locale translation) reads like "…".
            _pos++;
            quoted = true;
            return ReadDoubleQuoted(ref value);
        }
        if (n != Eof && (char.IsAsciiLetterOrDigit((char)n) || n is '_' or '@' or '*' or '#' or '?' or '-' or '$' or '!'))
        {
            _pos += 2;
            if (char.IsAsciiLetter((char)n) || n == '_')
            {
                while (_pos < _s.Length && (char.IsAsciiLetterOrDigit(_s[_pos]) || _s[_pos] == '_')) _pos++;
            }
            value.Slice(start, _pos - start);
            return true;
        }
        value.Slice(start, 1);
        _pos++;
        return false;
    }

    private void ReadAnsiC(ref WordValue value)
    {
        while (_pos < _s.Length)
        {
            var c = _s[_pos];
            if (c == '\'')
            {
                _pos++;
                return;
            }
            if (c == '\\' && _pos + 1 < _s.Length)
            {
                var e = _s[_pos + 1];
                value.Append(e switch
                {
                    'n' => "\n",
                    't' => "\t",
                    'r' => "\r",
                    'a' => "\a",
                    'b' => "\b",
                    'e' or 'E' => "\u001b",
                    'f' => "\f",
                    'v' => "\v",
                    '\\' => "\\",
                    '\'' => "'",
                    '"' => "\"",
                    _ => "\\" + e,
                });
                _pos += 2;
                continue;
            }
            value.Slice(_pos, 1);
            _pos++;
        }
        Diagnose("unterminated $'…' string", _pos);
    }

    private void ReadBacktick(ref WordValue value)
    {
        var start = _pos;
        _pos++;
        _backtickDepth++;
        ParseSubstitution(ShellConstruct.CommandSubstitution, Terminators.Backtick, '`');
        _backtickDepth--;
        value.Slice(start, _pos - start);
    }

    /// <summary>Parses the commands of $( … ), ` … ` or &lt;( … ) (cursor after the opener) and consumes the closer.</summary>
    private void ParseSubstitution(ShellConstruct construct, Terminators t, char closer)
    {
        if (_substitutionDepth >= MaxSubstitutionDepth)
        {
            Diagnose($"command substitutions nested deeper than {MaxSubstitutionDepth}; the inner ones are kept as text", _pos);
            SkipToCloser(closer);
            return;
        }

        if (!Enter())
        {
            SkipToCloser(closer);
            return;
        }

        _substitutionDepth++;
        var savedBackticks = _backtickDepth;
        if (closer == ')') _backtickDepth = 0; // a ` inside $( … ) opens a new substitution
        Push(construct);
        ParseList(t);
        Pop();
        _backtickDepth = savedBackticks;
        _substitutionDepth--;
        _depth--;
        if (Peek() == closer) _pos++;
        else Diagnose($"expected '{closer}'", _pos);
    }

    /// <summary>Skips to the matching closer without parsing (used past the nesting cap): quote-aware, counts parentheses.</summary>
    private void SkipToCloser(char closer)
    {
        var level = 0;
        while (_pos < _s.Length)
        {
            var c = _s[_pos];
            if (SkipEscapeOrSingleQuoted(c)) continue;
            if (closer == ')' && c == '(') level++;
            if (c == closer)
            {
                if (level == 0)
                {
                    _pos++;
                    return;
                }
                level--;
            }
            _pos++;
        }
        _pos = Math.Min(_pos, _s.Length);
    }

    /// <summary>Steps over a backslash escape or a '…' string at the cursor for the skip loops; false when neither is there.</summary>
    private bool SkipEscapeOrSingleQuoted(char c)
    {
        if (c == '\\')
        {
            _pos += 2;
            return true;
        }

        if (c != '\'') return false;
        var close = _s.IndexOf('\'', _pos + 1);
        _pos = close < 0 ? _s.Length : close + 1;
        return true;
    }

    /// <summary>Skips ${ … } (opaque), honouring quotes and nested ${ … }.</summary>
    private void SkipBraced()
    {
        var open = _pos;
        _pos += 2;
        var level = 0;
        while (_pos < _s.Length)
        {
            var c = _s[_pos];
            if (SkipEscapeOrSingleQuoted(c)) continue;
            if (c == '$' && Peek(1) == '{')
            {
                level++;
                _pos += 2;
                continue;
            }
            if (c == '}')
            {
                _pos++;
                if (level == 0) return;
                level--;
                continue;
            }
            _pos++;
        }
        _pos = _s.Length;
        Diagnose("unterminated ${", open);
    }

    /// <summary>Skips $(( … )) or (( … )) by counting parentheses.</summary>
    private void SkipArithmetic()
    {
        var open = _pos;
        if (_s[_pos] == '$') _pos++;
        var level = 0;
        while (_pos < _s.Length)
        {
            var c = _s[_pos++];
            if (c == '(') level++;
            else if (c == ')' && --level == 0) return;
        }
        Diagnose("unterminated arithmetic expression", open);
    }
}
