namespace ContainerLint.Core.Dockerfile.Analysis.Windows;

using System.Text;

/// <summary>
/// A single-pass reader of a cmd.exe command line (what <c>cmd /S /C</c> runs for a RUN on Windows): commands separated by
/// <c>&amp;</c>, <c>&amp;&amp;</c>, <c>||</c> and <c>|</c>, words split on blanks with <c>"</c> quoting and <c>^</c> escapes,
/// parenthesised blocks, <c>if</c>/<c>for</c>/<c>else</c> read down to the command they run, <c>rem</c> comments,
/// redirections skipped, <c>set X=v</c> noted. Nothing is expanded or run.
/// </summary>
internal sealed class CmdReader
{
    private readonly WindowsScriptBuilder _sink;
    private readonly string _t;
    private readonly int _nesting;
    private readonly int _outerStatement;
    private readonly List<Token> _tokens = [];

    // The value of the word being read when a quote or ^ escape is dropped from it (one builder for all words).
    private readonly StringBuilder _value = new();
    private int _statement;

    private CmdReader(WindowsScriptBuilder sink, int nesting, int outerStatement)
    {
        _sink = sink;
        _t = sink.Text;
        _nesting = nesting;
        _outerStatement = outerStatement;
    }

    private enum TokenKind
    {
        Word,
        Separator,
        Pipe,
        Open,
        Close,
    }

    /// <summary>Reads [<paramref name="start"/>, <paramref name="end"/>) of the builder's text as cmd.</summary>
    /// <param name="statement">For a nested script, the outer statement its commands belong to; -1 numbers its own.</param>
    public static void Read(WindowsScriptBuilder sink, int start, int end, int nesting, int statement = -1)
    {
        var reader = new CmdReader(sink, nesting, statement);
        reader.Tokenize(start, end);
        reader.Commands();
    }

    private void Tokenize(int i, int end)
    {
        var depth = 0;
        while (i < end)
        {
            var c = _t[i];
            switch (c)
            {
                case ' ' or '\t':
                    i++;
                    continue;
                case '\n' or '\r':
                    _tokens.Add(new Token(TokenKind.Separator, i, i + 1));
                    i++;
                    continue;
                case '&':
                    var both = i + 1 < end && _t[i + 1] == '&';
                    _tokens.Add(new Token(TokenKind.Separator, i, i + (both ? 2 : 1)));
                    i += both ? 2 : 1;
                    continue;
                case '|':
                    var or = i + 1 < end && _t[i + 1] == '|';
                    _tokens.Add(new Token(or ? TokenKind.Separator : TokenKind.Pipe, i, i + (or ? 2 : 1)));
                    i += or ? 2 : 1;
                    continue;
                case '(' when AtCommandStart():
                    depth++;
                    _tokens.Add(new Token(TokenKind.Open, i, i + 1));
                    i++;
                    continue;
                case ')' when depth > 0:
                    depth--;
                    _tokens.Add(new Token(TokenKind.Close, i, i + 1));
                    i++;
                    continue;
                case '<' or '>':
                    i = Redirection(i, end);
                    continue;
                default:
                    i = Word(i, end, depth);
                    continue;
            }
        }
    }

    /// <summary>A '(' opens a block where a command would start: first, after a separator, or after if's condition (decided later).</summary>
    private bool AtCommandStart() => _tokens.Count == 0 || _tokens[^1].Kind is not TokenKind.Word || IsBlockPrefix();

    private bool IsBlockPrefix()
    {
        // cmd reads a block after if's condition, after else, and for's set and body: only in a command that starts with them.
        var k = _tokens.Count - 1;
        while (k > 0 && _tokens[k - 1].Kind == TokenKind.Word) k--;
        var first = _tokens[k].Word!.Value;
        return first.Equals("if", StringComparison.OrdinalIgnoreCase) || first.Equals("else", StringComparison.OrdinalIgnoreCase) || first.Equals("for", StringComparison.OrdinalIgnoreCase);
    }

    private int Redirection(int i, int end)
    {
        // A stream number written against it (2>) is part of the operator.
        if (_tokens.Count > 0 && _tokens[^1] is { Kind: TokenKind.Word, End: var e, Word.Value: "1" or "2" } && e == i) _tokens.RemoveAt(_tokens.Count - 1);
        i++;
        if (i < end && _t[i] == '>') i++;
        if (i + 1 < end && _t[i] == '&' && char.IsDigit(_t[i + 1])) return i + 2;
        while (i < end && _t[i] is ' ' or '\t') i++;
        var quoted = false;
        while (i < end && (quoted || _t[i] is not (' ' or '\t' or '&' or '|' or '<' or '>' or '\n' or '\r' or ')')))
        {
            if (_t[i] == '"') quoted = !quoted;
            i++;
        }

        return i;
    }

    private int Word(int i, int end, int depth)
    {
        var start = i;
        var sb = _value.Clear();
        var quoted = false;
        var escaped = false;
        var inQuote = false;
        while (i < end)
        {
            var c = _t[i];
            if (inQuote)
            {
                if (c == '"') inQuote = false;
                else sb.Append(c);
                i++;
                continue;
            }

            if (c is ' ' or '\t' or '&' or '|' or '<' or '>' or '\n' or '\r' || (c == ')' && depth > 0)) break;
            if (c == '^' && i + 1 < end)
            {
                escaped = true;
                sb.Append(_t[i + 1]);
                i += 2;
                continue;
            }

            if (c == '"')
            {
                inQuote = true;
                quoted = true;
                i++;
                continue;
            }

            sb.Append(c);
            i++;
        }

        // Without a quote or escape the value is the text as written: one string for both.
        var raw = _t[start..i];
        var value = quoted || escaped ? sb.ToString() : raw;
        var expansion = HasVariable(value);
        _tokens.Add(new Token(TokenKind.Word, start, i) { Word = new WindowsWord(value, raw, start, i) { IsQuoted = quoted, HasExpansion = expansion } });
        return i;
    }

    /// <summary>%NAME% or !NAME! (delayed expansion).</summary>
    private static bool HasVariable(string value)
    {
        foreach (var mark in "%!")
        {
            var first = value.IndexOf(mark, StringComparison.Ordinal);
            if (first >= 0 && value.IndexOf(mark, first + 1) > first + 1) return true;
        }

        return false;
    }

    /// <summary>Builds commands from the tokens, seeing through if, for, else and blocks to the commands they run.</summary>
    private void Commands()
    {
        var words = new List<WindowsWord>();
        var pipeline = _sink.NewPipeline();
        var position = 0;
        var depth = 0;
        var skip = 0;
        var condition = Condition.None;
        for (var k = 0; k < _tokens.Count; k++)
        {
            var token = _tokens[k];
            switch (token.Kind)
            {
                case TokenKind.Separator:
                    Finish(words, depth, pipeline, position);
                    pipeline = _sink.NewPipeline();
                    position = 0;
                    condition = Condition.None;
                    if (depth == 0) _statement++;
                    continue;
                case TokenKind.Pipe:
                    Finish(words, depth, pipeline, position);
                    position++;
                    condition = Condition.None;
                    continue;
                case TokenKind.Open:
                    Finish(words, depth, pipeline, position);
                    depth++;
                    // for's set is in parentheses: the condition goes on to 'do'.
                    if (condition != Condition.For) condition = Condition.None;
                    continue;
                case TokenKind.Close:
                    Finish(words, depth, pipeline, position);
                    depth--;
                    continue;
            }

            var word = token.Word!;
            if (words.Count == 0)
            {
                if (skip > 0)
                {
                    skip--;
                    continue;
                }

                var lower = word.Value.ToLowerInvariant();
                if (condition == Condition.If)
                {
                    // if [/i] [not] exist|defined|errorlevel|cmdextversion X cmd, or if [/i] [not] A==B cmd, or A op B.
                    if (lower is "/i" or "not") continue;
                    if (lower is "exist" or "defined" or "errorlevel" or "cmdextversion")
                    {
                        skip = 1;
                    }
                    else if (!word.Value.Contains("==", StringComparison.Ordinal))
                    {
                        skip = k + 1 < _tokens.Count && _tokens[k + 1].Word is { } op && (op.Value == "==" || IsComparison(op.Value)) ? 2 : 0;
                    }

                    condition = Condition.None;
                    continue;
                }

                if (condition == Condition.For)
                {
                    if (lower == "do") condition = Condition.None;
                    continue;
                }

                switch (lower)
                {
                    case "if":
                        condition = Condition.If;
                        continue;
                    case "for":
                        condition = Condition.For;
                        continue;
                    case "else":
                        continue;
                    case "rem" or "::":
                        // A comment to the end of the command.
                        while (k + 1 < _tokens.Count && _tokens[k + 1].Kind == TokenKind.Word) k++;
                        continue;
                }
            }

            words.Add(word);
        }

        Finish(words, depth, pipeline, position);
    }

    private static bool IsComparison(string value) => value.ToUpperInvariant() is "EQU" or "NEQ" or "LSS" or "LEQ" or "GTR" or "GEQ";

    private void Finish(List<WindowsWord> words, int depth, int pipeline, int position)
    {
        if (words.Count == 0) return;
        var nameWord = words[0];
        var written = nameWord.Value.TrimStart('@');
        if (written.Length == 0 && words.Count > 1)
        {
            words.RemoveAt(0);
            nameWord = words[0];
            written = nameWord.Value;
        }

        var statement = _outerStatement >= 0 ? _outerStatement : _statement;
        var args = words.Skip(1).ToArray();
        var command = new WindowsCommand(WindowsLanguage.Cmd, nameWord, WindowsNames.CmdName(written), false, args, words[^1].End, depth + _nesting, statement, pipeline, position);
        words.Clear();
        _sink.Commands.Add(command);
        if (command.Name == "set" && args.Length > 0) Set(command, args);
        else if (command.Name == "setx" && args.Where(a => !a.Value.StartsWith('/')).ToArray() is { Length: >= 2 } pair) _sink.Assignments.Add(new WindowsAssignment(pair[0].Value, pair[1].Value, command.Start, command.End));
        _sink.ReadNestedShell(command, _nesting, statement);
    }

    /// <summary>set NAME=value, set "NAME=value" (not set /a or /p).</summary>
    private void Set(WindowsCommand command, WindowsWord[] args)
    {
        if (args[0].Value.StartsWith('/')) return;
        // The value is the rest of the command line after '=' (cmd keeps spaces).
        var text = _t[args[0].Start..command.End];
        var unquoted = text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? text[1..^1] : text;
        var eq = unquoted.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0) return;
        _sink.Assignments.Add(new WindowsAssignment(unquoted[..eq], unquoted[(eq + 1)..], command.Start, command.End));
    }

    private enum Condition
    {
        None,
        If,
        For,
    }

    private sealed record Token(TokenKind Kind, int Start, int End)
    {
        public WindowsWord? Word { get; init; }
    }
}
