namespace ContainerLint.Core.Dockerfile.Analysis.Windows;

using System.Text;

/// <summary>
/// A single-pass reader of PowerShell text that finds commands, .NET members, <c>$env:</c> assignments and comparisons.
/// It tokenizes (strings, here-strings, variables, comments, type literals, parameters) and tracks statements,
/// pipelines and groups with an explicit stack, so it is linear in the text and never recurses on nesting; it evaluates
/// nothing. It is not a full PowerShell parser: what it cannot place (an unusual construct, nesting past
/// <see cref="WindowsScript.MaxGroupNesting"/>) is skipped as text.
/// </summary>
internal sealed class PowerShellReader
{
    private static readonly string[] ComparisonOperators =
    [
        "eq", "ne", "ceq", "cne", "ieq", "ine", "like", "notlike", "clike", "cnotlike", "ilike", "inotlike", "match", "notmatch", "cmatch", "cnotmatch",
        "imatch", "inotmatch", "contains", "notcontains", "in", "notin",
    ];

    // Statement keywords: after these the statement's groups and blocks follow; after the second set a pipeline does.
    private static readonly string[] BlockKeywords =
    [
        "if", "elseif", "else", "while", "for", "foreach", "switch", "do", "until", "try", "catch", "finally", "trap", "function", "filter", "workflow",
        "param", "begin", "process", "end", "dynamicparam", "data", "class", "enum", "configuration", "parallel", "sequence", "inlinescript", "using",
    ];

    private static readonly string[] PipelineKeywords = ["return", "throw", "exit", "break", "continue"];

    private readonly WindowsScriptBuilder _sink;
    private readonly string _t;
    private readonly int _end;
    private readonly bool _windowsPowerShell;
    private readonly int _nesting;
    private readonly Stack<Frame> _frames = new();

    // The value of the string being read (quotes and escapes dropped); strings do not nest, so one builder serves all.
    private readonly StringBuilder _string = new();
    private int _statement;
    private int _lastTokenEnd = -1;
    private string? _lastType;

    private PowerShellReader(WindowsScriptBuilder sink, int end, bool windowsPowerShell, int nesting, int statement)
    {
        _sink = sink;
        _t = sink.Text;
        _end = end;
        _windowsPowerShell = windowsPowerShell;
        _nesting = nesting;
        _statement = statement;
    }

    private enum FrameKind
    {
        Root,
        Paren,
        SubExpression,
        Array,
        Block,
        Hash,
        Call,
    }

    private enum Mode
    {
        Start,
        Command,
        Expression,
        Keyword,
    }

    /// <summary>Reads [<paramref name="start"/>, <paramref name="end"/>) of the builder's text as PowerShell.</summary>
    /// <param name="statement">For a nested script, the outer statement its commands belong to; -1 numbers its own statements.</param>
    public static void Read(WindowsScriptBuilder sink, int start, int end, bool windowsPowerShell, int nesting, int statement = -1)
    {
        var reader = new PowerShellReader(sink, end, windowsPowerShell, nesting, statement < 0 ? 0 : statement);
        reader.Run(start, numbered: statement < 0);
    }

    private bool Numbered { get; set; }

    private void Run(int start, bool numbered)
    {
        Numbered = numbered;
        _frames.Push(new Frame(FrameKind.Root, start, -1, _sink.NewPipeline()));
        var i = start;
        while (i < _end)
        {
            var c = _t[i];
            var frame = _frames.Peek();
            switch (c)
            {
                case ' ' or '\t' or '\u00a0' or '\f' or '\v':
                    FlushWord(frame);
                    i++;
                    continue;
                case '`' when i + 1 < _end && _t[i + 1] is '\n' or '\r':
                    FlushWord(frame);
                    i += _t[i + 1] == '\r' && i + 2 < _end && _t[i + 2] == '\n' ? 3 : 2;
                    continue;
                case '\n' or '\r' or ';':
                    EndStatement(frame);
                    i++;
                    continue;
                case '#' when AtTokenStart(i):
                    while (i < _end && _t[i] is not ('\n' or '\r')) i++;
                    continue;
                case '<' when i + 1 < _end && _t[i + 1] == '#':
                    var close = _t.IndexOf("#>", i + 2, _end - i - 2, StringComparison.Ordinal);
                    i = close < 0 ? _end : close + 2;
                    continue;
                case '|':
                    if (i + 1 < _end && _t[i + 1] == '|')
                    {
                        EndPipeline(frame);
                        i += 2;
                    }
                    else
                    {
                        NextInPipeline(frame);
                        i++;
                    }

                    continue;
                case '&':
                    if (i + 1 < _end && _t[i + 1] == '&')
                    {
                        EndPipeline(frame);
                        i += 2;
                    }
                    else if (frame.Mode == Mode.Start)
                    {
                        frame.CallOperator = true;
                        i++;
                    }
                    else
                    {
                        EndStatement(frame);
                        i++;
                    }

                    continue;
                case ')' or '}':
                    Close(c, i);
                    i++;
                    continue;
                case '(':
                    Open(frame, FrameKind.Paren, i, 1);
                    i++;
                    continue;
                case '{':
                    Open(frame, FrameKind.Block, i, 1);
                    i++;
                    continue;
                case '$' when i + 1 < _end && _t[i + 1] == '(':
                    Open(frame, FrameKind.SubExpression, i, 2);
                    i += 2;
                    continue;
                case '@' when i + 1 < _end && _t[i + 1] is '(' or '{':
                    Open(frame, _t[i + 1] == '(' ? FrameKind.Array : FrameKind.Hash, i, 2);
                    i += 2;
                    continue;
                case '@' when i + 1 < _end && _t[i + 1] is '\'' or '"':
                    i = HereString(frame, i);
                    continue;
                case '\'':
                    i = SingleQuoted(frame, i);
                    continue;
                case '"':
                    i = DoubleQuoted(frame, i);
                    continue;
                case '$':
                    i = Variable(frame, i);
                    continue;
                case '[' when frame.Mode != Mode.Command:
                    i = TypeLiteral(frame, i);
                    continue;
                case ',':
                    FlushWord(frame);
                    if (frame.Kind == FrameKind.Call) frame.CallSegmentStart = true;
                    i++;
                    continue;
                case '.' when i == _lastTokenEnd && i + 1 < _end && IsNameStart(_t[i + 1]):
                    i = Member(frame, i + 1, null);
                    continue;
                case ':' when i == _lastTokenEnd && i + 2 < _end && _t[i + 1] == ':' && IsNameStart(_t[i + 2]):
                    i = Member(frame, i + 2, _lastType);
                    continue;
                case '=' when frame.Mode != Mode.Command && !(i + 1 < _end && _t[i + 1] == '='):
                    Assign(frame, i);
                    i++;
                    continue;
                case '>':
                    i = Redirection(frame, i);
                    continue;
                default:
                    i = Bare(frame, i);
                    continue;
            }
        }

        while (_frames.Count > 0) FinishCommand(_frames.Pop());
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';

    private bool AtTokenStart(int i) => i == 0 || _t[i - 1] is ' ' or '\t' or '\n' or '\r' or ';' or '|' or '(' or ')' or '{' or '}' or '&' || i == _frames.Peek().ContentStart;

    /// <summary>A word of letters, digits and punctuation up to whitespace or a separator.</summary>
    private int Bare(Frame frame, int i)
    {
        var start = i;
        while (i < _end && !IsBareEnd(_t[i], frame)) i++;
        if (i == start) i++;
        var text = _t[start..i];
        Token(frame, TokenKind.Bare, text, text, start, i, quoted: false, expansion: false);
        return i;
    }

    private static bool IsBareEnd(char c, Frame frame) =>
        c is ' ' or '\t' or '\n' or '\r' or ';' or '|' or '&' or '(' or ')' or '{' or '}' or ',' or '"' or '\'' or '\u00a0'
        || c == '>'
        || (c == '$' && frame.Mode == Mode.Command)
        || (c is '=' or '.' or '[' && frame.Mode == Mode.Expression);

    private int SingleQuoted(Frame frame, int i)
    {
        var start = i++;
        var sb = _string.Clear();
        while (i < _end)
        {
            if (_t[i] == '\'')
            {
                if (i + 1 < _end && _t[i + 1] == '\'')
                {
                    sb.Append('\'');
                    i += 2;
                    continue;
                }

                i++;
                break;
            }

            sb.Append(_t[i++]);
        }

        Token(frame, TokenKind.String, sb.ToString(), _t[start..i], start, i, quoted: true, expansion: false);
        return i;
    }

    /// <summary>"…": backtick escapes, "" for a quote, $variables and $(…) sub-expressions (skipped by nesting count).</summary>
    private int DoubleQuoted(Frame frame, int i)
    {
        var start = i++;
        var sb = _string.Clear();
        var expansion = false;
        var depth = 0;
        while (i < _end)
        {
            var c = _t[i];
            if (depth == 0 && c == '"')
            {
                if (i + 1 < _end && _t[i + 1] == '"')
                {
                    sb.Append('"');
                    i += 2;
                    continue;
                }

                i++;
                break;
            }

            if (c == '`' && i + 1 < _end)
            {
                sb.Append(_t[i + 1]);
                i += 2;
                continue;
            }

            if (c == '$' && i + 1 < _end && (_t[i + 1] == '(' || IsNameStart(_t[i + 1]) || _t[i + 1] == '{'))
            {
                expansion = true;
                if (_t[i + 1] == '(')
                {
                    depth++;
                    sb.Append("$(");
                    i += 2;
                    continue;
                }
            }
            else if (depth > 0 && c == '(')
            {
                depth++;
            }
            else if (depth > 0 && c == ')')
            {
                depth--;
            }

            sb.Append(c);
            i++;
        }

        Token(frame, TokenKind.String, sb.ToString(), _t[start..i], start, i, quoted: true, expansion: expansion);
        return i;
    }

    /// <summary>@' … '@ and @" … "@: the closing quote must start a line.</summary>
    private int HereString(Frame frame, int i)
    {
        var start = i;
        var quote = _t[i + 1];
        var terminator = "\n" + quote + "@";
        var close = _t.IndexOf(terminator, i + 2, _end - i - 2, StringComparison.Ordinal);
        var bodyStart = _t.IndexOf('\n', i + 2, _end - i - 2);
        var end = close < 0 ? _end : close + terminator.Length;
        var body = bodyStart < 0 || close < 0 || bodyStart >= close ? "" : _t[(bodyStart + 1)..close];
        Token(frame, TokenKind.String, body, _t[start..end], start, end, quoted: true, expansion: quote == '"' && body.Contains('$', StringComparison.Ordinal));
        return end;
    }

    /// <summary>$name, $env:NAME, $scope:name, ${any name}, $_, $?, $$, $^.</summary>
    private int Variable(Frame frame, int i)
    {
        var start = i++;
        if (i < _end && _t[i] == '{')
        {
            var close = _t.IndexOf('}', i, _end - i);
            i = close < 0 ? _end : close + 1;
        }
        else if (i < _end && _t[i] is '_' or '?' or '$' or '^' && (i + 1 >= _end || !char.IsLetterOrDigit(_t[i + 1])))
        {
            i++;
        }
        else
        {
            while (i < _end && (char.IsLetterOrDigit(_t[i]) || _t[i] == '_' || (_t[i] == ':' && i + 1 < _end && char.IsLetterOrDigit(_t[i + 1]) && _t[i - 1] != ':'))) i++;
        }

        var text = _t[start..i];
        Token(frame, TokenKind.Variable, text, text, start, i, quoted: false, expansion: true);
        return i;
    }

    /// <summary>[Type.Name] or [Generic[Of]] in expression position; remembered for a following ::Member.</summary>
    private int TypeLiteral(Frame frame, int i)
    {
        var start = i;
        var depth = 0;
        while (i < _end)
        {
            if (_t[i] == '[') depth++;
            else if (_t[i] == ']' && --depth == 0) break;
            else if (_t[i] is '\n' or '\r') break;
            i++;
        }

        if (i >= _end || _t[i] != ']')
        {
            // An index or a stray bracket: treat as text.
            return Bare(frame, start + 1);
        }

        i++;
        _lastType = _t[(start + 1)..(i - 1)].Trim();
        Token(frame, TokenKind.Type, _lastType, _t[start..i], start, i, quoted: false, expansion: false);
        return i;
    }

    /// <summary>.Name or ::Name after a value: a property, an assignment target or a method call (its arguments are collected).</summary>
    private int Member(Frame frame, int nameStart, string? typeName)
    {
        var i = nameStart;
        while (i < _end && (char.IsLetterOrDigit(_t[i]) || _t[i] == '_')) i++;
        var name = _t[nameStart..i];
        _lastTokenEnd = i;
        if (frame.Mode == Mode.Start) frame.Mode = Mode.Expression;
        if (i < _end && _t[i] == '(')
        {
            var member = new MemberBuilder(name, typeName, nameStart, i, _StatementOf());
            Open(frame, FrameKind.Call, i, 1, member);
            return i + 1;
        }

        var j = i;
        while (j < _end && _t[j] is ' ' or '\t') j++;
        var assigned = j < _end && _t[j] == '=' && !(j + 1 < _end && _t[j + 1] == '=');
        string? value = null;
        if (assigned)
        {
            // What is assigned, to the end of the statement (at most a line's worth): $null restores a default.
            var k = j + 1;
            while (k < _end && _t[k] is not ('\n' or '\r' or ';') && k - j < 200) k++;
            value = _t[(j + 1)..k].Trim();
        }

        _sink.Members.Add(new WindowsMember(name, typeName, nameStart, i, assigned, false, [], _StatementOf(), i) { AssignedText = value });
        if (frame.Mode == Mode.Command) frame.ExtendWord(nameStart - (typeName is null ? 1 : 2), i, expansion: true, _t);
        return i;
    }

    private int _StatementOf() => _statement;

    private int Redirection(Frame frame, int i)
    {
        FlushWord(frame);
        // A stream number before it (2>) was read as a word of its own: drop it.
        if (frame.Mode == Mode.Command && frame.Command is { } command && command.Arguments.Count > 0 && command.Arguments[^1].End == i && command.Arguments[^1].Value is "1" or "2" or "3" or "4" or "5" or "6" or "*")
        {
            command.Arguments.RemoveAt(command.Arguments.Count - 1);
        }

        i++;
        if (i < _end && _t[i] == '>') i++;
        if (i + 1 < _end && _t[i] == '&' && char.IsDigit(_t[i + 1])) return i + 2;
        while (i < _end && _t[i] is ' ' or '\t') i++;
        // The target word.
        var start = i;
        while (i < _end && !IsBareEnd(_t[i], frame)) i++;
        if (i < _end && _t[i] is '"' or '\'')
        {
            var quote = _t[i];
            var close = _t.IndexOf(quote, i + 1, _end - i - 1);
            i = close < 0 ? _end : close + 1;
        }

        return Math.Max(i, start);
    }

    private void Assign(Frame frame, int i)
    {
        FlushWord(frame);
        if (frame.StatementVariable is { } variable && variable.StartsWith("$env:", StringComparison.OrdinalIgnoreCase) && !frame.Assigned)
        {
            frame.PendingEnvironment = (variable[5..], frame.StatementStart);
        }

        frame.Assigned = true;
        // The right-hand side is a pipeline: $h = Get-FileHash x.
        frame.Mode = Mode.Start;
        frame.StatementVariable = null;
        _lastTokenEnd = -1;
    }

    private enum TokenKind
    {
        Bare,
        String,
        Variable,
        Type,
    }

    private void Token(Frame frame, TokenKind kind, string value, string raw, int start, int end, bool quoted, bool expansion)
    {
        var adjacent = start == _lastTokenEnd;
        _lastTokenEnd = end;
        if (frame.PendingEnvironment is { } env)
        {
            frame.PendingEnvironment = null;
            if (kind is TokenKind.String or TokenKind.Bare) _sink.Assignments.Add(new WindowsAssignment(env.Name, value, env.Start, end));
        }

        if (frame.Kind == FrameKind.Call && frame.CallSegmentStart)
        {
            frame.CallSegmentStart = false;
            frame.Member!.Arguments.Add(new WindowsWord(value, raw, start, end) { IsQuoted = quoted, HasExpansion = expansion || kind != TokenKind.String });
        }

        switch (frame.Mode)
        {
            case Mode.Start:
                StartStatement(frame, kind, value, raw, start, end, quoted, expansion);
                break;
            case Mode.Command:
                if (adjacent && frame.PendingWord is not null)
                {
                    frame.ExtendWord(start, end, expansion || kind == TokenKind.Variable, _t, value);
                    break;
                }

                FlushWord(frame);
                if (frame.AfterColon == start)
                {
                    // The value of -Name:value written apart from its name (-Confirm:$false).
                    frame.AfterColon = -1;
                    frame.PendingWord = new PendingWord(start, end, value, quoted, expansion || kind == TokenKind.Variable) { Inline = true, Raw = raw };
                    break;
                }

                if (kind == TokenKind.Bare && frame.Command!.IsCmdlet && raw.Length >= 2 && raw[0] == '-' && (char.IsLetter(raw[1]) || raw[1] == '_'))
                {
                    // -Name or -Name:value.
                    var colon = raw.IndexOf(':', StringComparison.Ordinal);
                    if (colon > 0)
                    {
                        frame.Command.Arguments.Add(new WindowsWord(raw[..colon], raw[..colon], start, start + colon) { IsParameter = true });
                        if (colon + 1 < raw.Length)
                        {
                            var inline = raw[(colon + 1)..];
                            frame.PendingWord = new PendingWord(start + colon + 1, end, inline, false, false) { Inline = true, Raw = inline };
                        }
                        else
                        {
                            frame.AfterColon = start + colon + 1;
                        }
                    }
                    else
                    {
                        frame.Command.Arguments.Add(new WindowsWord(raw, raw, start, end) { IsParameter = true });
                        // Where-Object Hash -eq $expected compares too.
                        if (frame.Command.Name == "where-object" && Array.IndexOf(ComparisonOperators, raw[1..].ToLowerInvariant()) >= 0) _sink.Comparisons.Add(start);
                    }

                    break;
                }

                frame.PendingWord = new PendingWord(start, end, value, quoted, expansion || kind == TokenKind.Variable) { Raw = raw };
                break;
            case Mode.Expression:
                if (kind == TokenKind.Bare && raw.Length > 2 && raw[0] == '-' && Array.IndexOf(ComparisonOperators, raw[1..].ToLowerInvariant()) >= 0)
                {
                    _sink.Comparisons.Add(start);
                }

                break;
            case Mode.Keyword:
                if (kind == TokenKind.Bare && Array.IndexOf(PipelineKeywords, raw.ToLowerInvariant()) >= 0) frame.Mode = Mode.Start;
                break;
        }
    }

    private void StartStatement(Frame frame, TokenKind kind, string value, string raw, int start, int end, bool quoted, bool expansion)
    {
        if (frame.Pipeline < 0) frame.Pipeline = _sink.NewPipeline();
        frame.StatementStart = start;
        var call = frame.CallOperator;
        frame.CallOperator = false;
        if (frame.Kind is FrameKind.Call or FrameKind.Hash)
        {
            frame.Mode = Mode.Expression;
            return;
        }

        if (!call && kind != TokenKind.Bare)
        {
            frame.Mode = Mode.Expression;
            if (kind == TokenKind.Variable) frame.StatementVariable = raw;
            return;
        }

        if (!call && raw == ".")
        {
            // Dot-sourcing: the next word is the script or command run.
            frame.CallOperator = true;
            return;
        }

        var lower = raw.ToLowerInvariant();
        if (!call && Array.IndexOf(BlockKeywords, lower) >= 0)
        {
            frame.Mode = Mode.Keyword;
            return;
        }

        if (!call && Array.IndexOf(PipelineKeywords, lower) >= 0)
        {
            frame.Mode = Mode.Start;
            return;
        }

        if (!call && (raw[0] == '-' || char.IsDigit(raw[0]) || (raw.Length == 1 && raw[0] is '+' or '!')))
        {
            frame.Mode = Mode.Expression;
            if (raw.Length > 2 && raw[0] == '-' && Array.IndexOf(ComparisonOperators, lower[1..]) >= 0) _sink.Comparisons.Add(start);
            return;
        }

        var name = WindowsNames.PowerShellName(value, _windowsPowerShell, out var isCmdlet);
        frame.Command = new CommandBuilder(new WindowsWord(value, raw, start, end) { IsQuoted = quoted, HasExpansion = expansion }, name, isCmdlet, _frames.Count - 1 + _nesting, _statement, frame.Pipeline, frame.PipelinePosition);
        frame.Mode = Mode.Command;
    }

    private void FlushWord(Frame frame)
    {
        if (frame.PendingWord is not { } w || frame.Command is not { } command)
        {
            frame.PendingWord = null;
            return;
        }

        frame.PendingWord = null;
        command.Arguments.Add(new WindowsWord(w.Value, w.Raw ?? _t[w.Start..w.End], w.Start, w.End) { IsQuoted = w.Quoted, HasExpansion = w.Expansion, IsInlineValue = w.Inline });
        command.End = w.End;
    }

    private void FinishCommand(Frame frame)
    {
        FlushWord(frame);
        if (frame.Command is { } c)
        {
            var command = new WindowsCommand(WindowsLanguage.PowerShell, c.NameWord, c.Name, c.IsCmdlet, c.Arguments, Math.Max(c.End, c.NameWord.End), c.Depth, c.Statement, c.Pipeline, c.PipelinePosition);
            _sink.Commands.Add(command);
            _sink.ReadNestedShell(command, _nesting, _statement);
            if (command.Name == "setx" || command.Is("set-item", "new-item") && command.Arguments.Count >= 2) EnvironmentFromCommand(command);
        }

        frame.Command = null;
    }

    /// <summary>Set-Item env:X value / New-Item env:X -Value v; setx X v (persisted).</summary>
    private void EnvironmentFromCommand(WindowsCommand command)
    {
        var args = command.Arguments.Where(a => !a.IsParameter && !a.Value.StartsWith('/')).ToArray();
        if (command.Name == "setx")
        {
            if (args.Length >= 2) _sink.Assignments.Add(new WindowsAssignment(args[0].Value, args[1].Value, command.Start, command.End));
            return;
        }

        var path = command.ParameterValue("Path") ?? args.FirstOrDefault();
        var value = command.ParameterValue("Value") ?? args.Skip(1).FirstOrDefault();
        if (path is not null && value is not null && path.Value.StartsWith("env:", StringComparison.OrdinalIgnoreCase))
        {
            _sink.Assignments.Add(new WindowsAssignment(path.Value[4..], value.Value, command.Start, command.End));
        }
    }

    private void EndStatement(Frame frame)
    {
        FinishCommand(frame);
        frame.Mode = Mode.Start;
        frame.Pipeline = -1;
        frame.PipelinePosition = 0;
        frame.StatementVariable = null;
        frame.Assigned = false;
        frame.PendingEnvironment = null;
        frame.CallOperator = false;
        if (frame.Kind == FrameKind.Root && Numbered) _statement++;
    }

    private void EndPipeline(Frame frame)
    {
        FinishCommand(frame);
        frame.Mode = Mode.Start;
        frame.Pipeline = -1;
        frame.PipelinePosition = 0;
    }

    private void NextInPipeline(Frame frame)
    {
        FinishCommand(frame);
        frame.Mode = Mode.Start;
        if (frame.Pipeline < 0) frame.Pipeline = _sink.NewPipeline();
        frame.PipelinePosition++;
    }

    private void Open(Frame parent, FrameKind kind, int at, int width, MemberBuilder? member = null)
    {
        if (_frames.Count >= WindowsScript.MaxGroupNesting)
        {
            // Too deep to follow: the group's text is read as part of the statement around it.
            return;
        }

        var wordStart = -1;
        switch (parent.Mode)
        {
            case Mode.Command when kind != FrameKind.Call:
                // The group is (part of) an argument of the command.
                wordStart = at == _lastTokenEnd && parent.PendingWord is { } pending ? pending.Start : at;
                if (at != _lastTokenEnd) FlushWord(parent);
                break;
            case Mode.Start when kind is not FrameKind.Block || parent.Kind == FrameKind.Hash:
                if (parent.Pipeline < 0) parent.Pipeline = _sink.NewPipeline();
                parent.Mode = Mode.Expression;
                parent.StatementStart = at;
                break;
        }

        if (parent.Kind == FrameKind.Call && parent.CallSegmentStart && kind != FrameKind.Call)
        {
            parent.CallSegmentStart = false;
            parent.CallGroupArgument = at;
        }

        _frames.Push(new Frame(kind, at + width, wordStart, _sink.NewPipeline()) { Member = member, CallSegmentStart = kind == FrameKind.Call, Open = at });
    }

    private void Close(char c, int at)
    {
        if (_frames.Count <= 1) return;
        // Pop to the frame this bracket closes; a mismatch closes the innermost frame of that bracket's kind.
        var wantsBrace = c == '}';
        if (!_frames.Any(f => f.Kind != FrameKind.Root && (f.Kind is FrameKind.Block or FrameKind.Hash) == wantsBrace)) return;
        while (_frames.Count > 1)
        {
            var frame = _frames.Pop();
            FinishCommand(frame);
            var matches = (frame.Kind is FrameKind.Block or FrameKind.Hash) == wantsBrace;
            var parent = _frames.Peek();
            if (frame.Kind == FrameKind.Call && frame.Member is { } m)
            {
                _sink.Members.Add(new WindowsMember(m.Name, m.TypeName, m.Start, m.End, false, true, m.Arguments, m.Statement, at));
                // $hash.Equals($expected) compares as -eq does.
                if (m.Name.Equals("Equals", StringComparison.OrdinalIgnoreCase)) _sink.Comparisons.Add(m.Start);

                // [Environment]::SetEnvironmentVariable('NAME', 'value'[, 'Machine']).
                if (m.Name.Equals("SetEnvironmentVariable", StringComparison.OrdinalIgnoreCase) && m.Arguments.Count >= 2 && !m.Arguments[0].HasExpansion)
                {
                    _sink.Assignments.Add(new WindowsAssignment(m.Arguments[0].Value, m.Arguments[1].Value, m.Start, at + 1));
                }
            }

            if (parent.Kind == FrameKind.Call && parent.CallGroupArgument >= 0)
            {
                parent.Member!.Arguments.Add(new WindowsWord(_t[parent.CallGroupArgument..(at + 1)], _t[parent.CallGroupArgument..(at + 1)], parent.CallGroupArgument, at + 1) { HasExpansion = true });
                parent.CallGroupArgument = -1;
            }

            if (frame.WordStart >= 0 && parent.Command is not null)
            {
                parent.ExtendWord(frame.WordStart, at + 1, expansion: frame.Kind != FrameKind.Block, _t);
            }

            _lastTokenEnd = at + 1;
            if (matches) return;
        }
    }

    /// <summary>
    /// An argument word being read: most are one token, whose value (and raw text, when the token's is given) it keeps as
    /// they are; a builder is made only when a later token is joined to it (<c>$dir\file</c>, <c>-Path:(…)</c>).
    /// </summary>
    private sealed class PendingWord(int start, int end, string value, bool quoted, bool expansion)
    {
        private string? _value = value;
        private StringBuilder? _joined;
        private string? _raw;

        public int Start { get; } = start;

        public int End { get; private set; } = end;

        public bool Quoted { get; } = quoted;

        public bool Expansion { get; private set; } = expansion;

        /// <summary>True for the value of <c>-Name:value</c>.</summary>
        public bool Inline { get; init; }

        /// <summary>The text as written, [Start, End), while the word is the one token it was made from; else null.</summary>
        public string? Raw
        {
            get => _raw;
            init => _raw = value;
        }

        public string Value => _joined?.ToString() ?? _value!;

        /// <summary>Joins the next token's value, so the word now ends at <paramref name="end"/>.</summary>
        public void Join(string value, int end, bool expansion)
        {
            if (_joined is null)
            {
                _joined = new StringBuilder(_value);
                _value = null;
            }

            _joined.Append(value);
            End = end;
            Expansion |= expansion;
            _raw = null;
        }
    }

    private sealed class MemberBuilder(string name, string? typeName, int start, int end, int statement)
    {
        public string Name { get; } = name;

        public string? TypeName { get; } = typeName;

        public int Start { get; } = start;

        public int End { get; } = end;

        public int Statement { get; } = statement;

        public List<WindowsWord> Arguments { get; } = [];
    }

    private sealed class CommandBuilder(WindowsWord nameWord, string name, bool isCmdlet, int depth, int statement, int pipeline, int pipelinePosition)
    {
        public WindowsWord NameWord { get; } = nameWord;

        public string Name { get; } = name;

        public bool IsCmdlet { get; } = isCmdlet;

        public int Depth { get; } = depth;

        public int Statement { get; } = statement;

        public int Pipeline { get; } = pipeline;

        public int PipelinePosition { get; } = pipelinePosition;

        public List<WindowsWord> Arguments { get; } = [];

        public int End { get; set; }
    }

    private sealed class Frame(FrameKind kind, int contentStart, int wordStart, int pipeline)
    {
        public FrameKind Kind { get; } = kind;

        /// <summary>Offset just after the opening bracket.</summary>
        public int ContentStart { get; } = contentStart;

        public int Open { get; init; }

        /// <summary>In the parent's command: where the argument word holding this group starts; -1 when the group is no argument.</summary>
        public int WordStart { get; } = wordStart;

        public Mode Mode { get; set; } = Mode.Start;

        public CommandBuilder? Command { get; set; }

        public PendingWord? PendingWord { get; set; }

        public int AfterColon { get; set; } = -1;

        public int Pipeline { get; set; } = pipeline;

        public int PipelinePosition { get; set; }

        public bool CallOperator { get; set; }

        public string? StatementVariable { get; set; }

        public int StatementStart { get; set; }

        public bool Assigned { get; set; }

        public (string Name, int Start)? PendingEnvironment { get; set; }

        public MemberBuilder? Member { get; init; }

        public bool CallSegmentStart { get; set; }

        public int CallGroupArgument { get; set; } = -1;

        /// <summary>Grows the pending argument word to [start, end), or starts one there.</summary>
        public void ExtendWord(int start, int end, bool expansion, string text, string? value = null)
        {
            if (Command is null) return;
            if (PendingWord is { } w)
            {
                w.Join(value ?? text[Math.Max(start, w.End)..end], end, expansion);
            }
            else
            {
                PendingWord = new PendingWord(start, end, value ?? text[start..end], false, expansion);
            }
        }
    }
}
