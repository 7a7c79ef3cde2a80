namespace ContainerLint.Core.Dockerfile;

using System.Buffers;
using System.Text.RegularExpressions;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>What the parser makes of a file. On a fatal error <see cref="Error"/> is set and <see cref="Instructions"/> holds those before it.</summary>
public sealed record DockerfileParseResult(
    SourceText Source,
    IReadOnlyList<Instruction> Instructions,
    IReadOnlyList<ParserDirective> Directives,
    IReadOnlyList<DockerfileComment> Comments,
    char EscapeChar,
    IReadOnlyList<DockerfileDiagnostic> Diagnostics)
{
    /// <summary>The fatal error, if parsing failed.</summary>
    public DockerfileDiagnostic? Error
    {
        get
        {
            for (var n = 0; n < Diagnostics.Count; n++)
            {
                if (Diagnostics[n].IsError) return Diagnostics[n];
            }

            return null;
        }
    }

    public bool Succeeded => Error is null;
}

/// <summary>
/// A Dockerfile parser that reproduces BuildKit's (moby/buildkit frontend/dockerfile/parser) line by
/// line: directives, continuations with the escape character, comments and blank lines inside
/// continuations, heredocs, flags and the per-instruction argument rules. Linear in the input,
/// no recursion proportional to it, and it never throws: failures are diagnostics with a span.
/// </summary>
public static partial class DockerfileParser
{
    /// <summary>BuildKit's scanner limit (bufio.MaxScanTokenSize − 1) in UTF-8 bytes per physical line.</summary>
    public const int MaxLineBytes = 65535;

    private static readonly HashSet<string> KnownDirectives = new(StringComparer.Ordinal) { "syntax", "escape", "check" };

    public static DockerfileParseResult Parse(string text) => Parse(new SourceText(text));

    public static DockerfileParseResult Parse(SourceText source) => new Run(source).Execute();

    [GeneratedRegex(@"^#[ \t\n\f\r]*([a-zA-Z][a-zA-Z0-9]*)[ \t\n\f\r]*=[ \t\n\f\r]*(.+?)[ \t\n\f\r]*$", RegexOptions.CultureInvariant)]
    private static partial Regex DirectiveRegex();

    private sealed class Run(SourceText source)
    {
        private readonly string _t = source.Text;
        private readonly List<Instruction> _instructions = [];
        private readonly List<ParserDirective> _directives = [];
        private readonly List<DockerfileComment> _comments = [];
        private readonly List<DockerfileDiagnostic> _diagnostics = [];
        private char _escape = '\\';

        // The assembled text of an instruction continued over several lines: rented from the shared pool for this parse, reused
        // from one instruction to the next (the instruction keeps its own copies) and returned when the parse ends.
        private char[]? _assembledBuffer;

        // The assembled line's segments after the first, as (start in the line, start in the file, length) triples: rented and
        // reused like _assembledBuffer, only for instructions continued over several lines.
        private int[]? _segments;
        private int _segmentCount;

        // The first segment (the usual instruction has just this one) and the assembled line's length.
        private int _firstFile;
        private int _firstLength;
        private int _assembledLength;

        private readonly InstructionBuilder.Scratch _scratch = new();
        private bool _directivesDone;
        private int _next;

        // The current physical line: [_ls, _ce) is its content without the trailing \r\n run.
        private int _ls;
        private int _ce;

        public DockerfileParseResult Execute()
        {
            try
            {
                Loop();
                if (_instructions.Count == 0 && !_diagnostics.Exists(d => d.IsError))
                {
                    Fail(DiagnosticIds.ParseError, SourceSpan.FileStart, "file with no instructions");
                }
            }
            catch (DockerfileSyntaxException ex)
            {
                Fail(ex.Id, ex.Span, ex.Message, ex.Args);
            }
            finally
            {
                if (_assembledBuffer is not null) ArrayPool<char>.Shared.Return(_assembledBuffer);
                _assembledBuffer = null;
                if (_segments is not null) ArrayPool<int>.Shared.Return(_segments);
                _segments = null;
            }

            return new DockerfileParseResult(source, _instructions, _directives, _comments, _escape, _diagnostics);
        }

        private void Fail(string id, SourceSpan span, string message, params string[] args) =>
            _diagnostics.Add(new DockerfileDiagnostic(id, span, message, true, args.Length > 0 ? args : [message]));

        /// <summary>Advances to the next physical line (split after each \n, as BuildKit's scanner does).</summary>
        private bool NextLine()
        {
            if (_next >= _t.Length) return false;
            _ls = _next;
            var nl = _t.IndexOf('\n', _ls);
            var lineEnd = nl < 0 ? _t.Length : nl;
            _next = nl < 0 ? _t.Length : nl + 1;
            if (_ls == 0 && lineEnd > 0 && _t[0] == '\uFEFF') _ls = 1;
            CheckLength(_ls, lineEnd);
            _ce = lineEnd;
            while (_ce > _ls && _t[_ce - 1] is '\r' or '\n') _ce--;
            return true;
        }

        private void CheckLength(int start, int end)
        {
            if ((end - start) * 3L < MaxLineBytes + 1) return;
            long bytes = 0;
            for (var i = start; i < end; i++)
            {
                var c = _t[i];
                bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsHighSurrogate(c) ? 4 : char.IsLowSurrogate(c) ? 0 : 3;
                if (bytes > MaxLineBytes)
                {
                    throw new DockerfileSyntaxException(DiagnosticIds.ParseError, source.GetSpan(i, i),
                        $"dockerfile line greater than max allowed size of {MaxLineBytes}");
                }
            }
        }

        private int SkipSpace(int p, int end)
        {
            while (p < end && char.IsWhiteSpace(_t[p])) p++;
            return p;
        }

        private bool IsCommentLine(out int hash)
        {
            hash = SkipSpace(_ls, _ce);
            return hash < _ce && _t[hash] == '#';
        }

        /// <summary>Adds the comment line; false when its text (after the <c>#</c>, trimmed) is empty.</summary>
        private bool AddComment(int hash, bool isDirective)
        {
            _comments.Add(new DockerfileComment(source, hash, _ce, isDirective));
            return !_t.AsSpan(hash + 1, _ce - hash - 1).IsWhiteSpace();
        }

        /// <summary>BuildKit's <c>possibleParserDirective</c>: only before anything else, and a repeat is an error.</summary>
        private bool TryDirective(int start)
        {
            if (_directivesDone) return false;
            // The regex reads the line in place: its anchors hold at the line's start and end, group indexes are file offsets.
            var m = DirectiveRegex().Match(_t, start, _ce - start);
            var name = m.Success ? m.Groups[1].Value.ToLowerInvariant() : string.Empty;
            if (!m.Success || !KnownDirectives.Contains(name))
            {
                _directivesDone = true;
                return false;
            }

            var valueSpan = source.GetSpan(m.Groups[2].Index, m.Groups[2].Index + m.Groups[2].Length);
            foreach (var seen in _directives)
            {
                if (seen.Name == name) throw new DockerfileSyntaxException(DiagnosticIds.ParseError, valueSpan, $"only one {name} parser directive can be used");
            }

            var value = m.Groups[2].Value;
            if (name == "escape")
            {
                if (value is not ("`" or "\\"))
                {
                    throw new DockerfileSyntaxException(DiagnosticIds.ParseError, valueSpan, $"invalid escape token '{value}' does not match ` or \\");
                }

                _escape = value[0];
            }

            _directives.Add(new ParserDirective(name, value, source.GetSpan(start, _ce), valueSpan));
            return true;
        }

        /// <summary>
        /// BuildKit's continuation test: the escape character as the last non-blank character, either first on the line or
        /// not itself escaped. Returns the end of the text to keep (the escape and blanks after it are dropped).
        /// </summary>
        private bool Continues(int start, int end, out int keepEnd)
        {
            var i = end;
            while (i > start && _t[i - 1] is ' ' or '\t') i--;
            if (i > start && _t[i - 1] == _escape && (i - 1 == start || _t[i - 2] != _escape))
            {
                keepEnd = i - 1;
                return true;
            }

            keepEnd = end;
            return false;
        }

        private void Loop()
        {
            // BuildKit's PrevComment: the comment lines since the previous instruction, parser directives left out; an empty "#"
            // line starts the list over (blank lines do not). Directives only come first, so these are a run of _comments.
            var pendingFirst = 0;
            var pendingCount = 0;

            while (NextLine())
            {
                var isComment = IsCommentLine(out var hash);
                var isDirective = TryDirective(SkipSpace(_ls, _ce));
                if (isComment)
                {
                    if (!AddComment(hash, isDirective)) pendingCount = 0;
                    else if (!isDirective && pendingCount++ == 0) pendingFirst = _comments.Count - 1;
                    continue;
                }

                var start = SkipSpace(_ls, _ce);
                var continues = Continues(start, _ce, out var keepEnd);
                if (!continues && start == _ce) continue;

                _segmentCount = 0;
                _assembledLength = 0;
                _firstFile = start;
                _firstLength = 0;
                Append(start, keepEnd);
                var emptyLine = -1;
                while (continues && NextLine())
                {
                    if (IsCommentLine(out var h))
                    {
                        AddComment(h, false);
                        continue;
                    }

                    if (SkipSpace(_ls, _ce) == _ce)
                    {
                        if (emptyLine < 0) emptyLine = _ls;
                        continue;
                    }

                    continues = Continues(_ls, _ce, out keepEnd);
                    Append(_ls, keepEnd);
                }

                ReadOnlySpan<char> line = Assemble();

                if (emptyLine >= 0)
                {
                    var at = source.GetSpan(emptyLine, emptyLine);
                    _diagnostics.Add(new DockerfileDiagnostic(DiagnosticIds.EmptyContinuationLine, at,
                        string.Concat("Empty continuation line found in: ", line), false, line.Trim().ToString()));
                }

                var map = _segmentCount == 0 ? new OffsetMap(source, _firstFile, line.Length) : new OffsetMap(source, SegmentStarts(), line.Length);
                var instruction = InstructionBuilder.Build(line, map, _escape, 0, _scratch);
                instruction.Index = _instructions.Count;
                if (pendingCount > 0) instruction.PrecedingComments = new PrecedingCommentTexts(_comments, pendingFirst, pendingCount);
                pendingCount = 0;
                ExtendToLastLine(instruction);
                ReadHeredocs(instruction, line);
                _instructions.Add(instruction);
                ReportUnknown(instruction);
            }
        }

        /// <summary>Adds the file's text [from, to) to the assembled line (nothing when it is empty).</summary>
        private void Append(int from, int to)
        {
            if (to <= from) return;
            if (_assembledLength == 0)
            {
                _firstFile = from;
                _firstLength = to - from;
            }
            else
            {
                var at = _segmentCount * 3;
                if (_segments is null || _segments.Length < at + 3)
                {
                    var grown = ArrayPool<int>.Shared.Rent(Math.Max(24, at * 2));
                    if (_segments is not null)
                    {
                        _segments.AsSpan(0, at).CopyTo(grown);
                        ArrayPool<int>.Shared.Return(_segments);
                    }

                    _segments = grown;
                }

                _segments[at] = _assembledLength;
                _segments[at + 1] = from;
                _segments[at + 2] = to - from;
                _segmentCount++;
            }

            _assembledLength += to - from;
        }

        /// <summary>
        /// The text of the segments joined, read in place: the file itself for the usual single line, a buffer reused from
        /// one instruction to the next for a continued one. No string is made: the instruction cuts the pieces it keeps.
        /// </summary>
        private ReadOnlySpan<char> Assemble()
        {
            if (_segmentCount == 0) return _t.AsSpan(_firstFile, _firstLength);
            if (_assembledBuffer is null || _assembledBuffer.Length < _assembledLength)
            {
                if (_assembledBuffer is not null) ArrayPool<char>.Shared.Return(_assembledBuffer);
                _assembledBuffer = ArrayPool<char>.Shared.Rent(_assembledLength);
            }

            _t.AsSpan(_firstFile, _firstLength).CopyTo(_assembledBuffer);
            for (var n = 0; n < _segmentCount * 3; n += 3)
            {
                _t.AsSpan(_segments![n + 1], _segments[n + 2]).CopyTo(_assembledBuffer.AsSpan(_segments[n]));
            }

            return _assembledBuffer.AsSpan(0, _assembledLength);
        }

        /// <summary>The (start in the line, start in the file) pairs of every segment, for the instruction's offset map.</summary>
        private int[] SegmentStarts()
        {
            var pairs = new int[(_segmentCount + 1) * 2];
            pairs[1] = _firstFile;
            for (var n = 0; n < _segmentCount; n++)
            {
                pairs[(2 * n) + 2] = _segments![3 * n];
                pairs[(2 * n) + 3] = _segments[(3 * n) + 1];
            }

            return pairs;
        }

        /// <summary>BuildKit's end line counts comment and blank lines consumed inside the continuation.</summary>
        private void ExtendToLastLine(Instruction instruction)
        {
            var (line, column) = source.GetPosition(_ce);
            if (line > instruction.Span.EndLine)
            {
                instruction.FullSpan = new SourceSpan(instruction.Span.Line, instruction.Span.Column, line, column);
            }
        }

        /// <summary>
        /// CL0003 with BuildKit's "did you mean" suggestion. BuildKit refuses a file with an unknown instruction; an ONBUILD
        /// trigger is only parsed when another image is built FROM this one, so that build is the one refused.
        /// </summary>
        private void ReportUnknown(Instruction instruction)
        {
            for (var i = instruction; i is not null; i = i.OnBuild)
            {
                if (i.Kind == InstructionKind.Unknown && i.Keyword.Length > 0)
                {
                    var suggestion = InstructionBuilder.Closest(i.Keyword) is { } known ? $" (did you mean {known}?)" : string.Empty;
                    var refused = ReferenceEquals(i, instruction) ? "this file" : "any image built FROM this one (it is an ONBUILD trigger)";
                    _diagnostics.Add(new DockerfileDiagnostic(DiagnosticIds.UnknownInstruction, i.KeywordSpan,
                        $"unknown instruction: {i.Keyword}", false, i.Keyword, suggestion, refused));
                }
            }
        }

        private static bool CanContainHeredoc(Instruction instruction)
        {
            var target = instruction.Kind == InstructionKind.Onbuild && instruction.OnBuild is { } sub ? sub : instruction;
            return target.Kind is InstructionKind.Run or InstructionKind.Copy or InstructionKind.Add && !target.IsJsonForm;
        }

        private void ReadHeredocs(Instruction instruction, ReadOnlySpan<char> line)
        {
            if (!CanContainHeredoc(instruction) || !line.Contains("<<", StringComparison.Ordinal)) return;
            var words = HeredocMarker.LineWords(instruction.Line);
            if (words is null) return;
            var heredocs = new List<Heredoc>();
            foreach (var word in words)
            {
                var info = HeredocMarker.TryParse(word.Text, out var error);
                var markerSpan = instruction.MapLineSpan(word.Start, word.End);
                if (error is not null) throw new DockerfileSyntaxException(DiagnosticIds.ParseError, markerSpan, error);
                if (info is null) continue;

                var bodyStart = _next;
                var bodyEnd = _next;
                var terminated = false;
                while (NextLine())
                {
                    var candidate = _ls;
                    if (info.Chomp)
                    {
                        while (candidate < _ce && _t[candidate] == '\t') candidate++;
                    }

                    if (_t.AsSpan(candidate, _ce - candidate).SequenceEqual(info.Name))
                    {
                        terminated = true;
                        break;
                    }

                    bodyEnd = _next;
                }

                if (!terminated)
                {
                    throw new DockerfileSyntaxException(DiagnosticIds.UnterminatedHeredoc, markerSpan,
                        $"unterminated heredoc {info.Name}", info.Name);
                }

                var bodySpanEnd = bodyEnd;
                while (bodySpanEnd > bodyStart && _t[bodySpanEnd - 1] is '\r' or '\n') bodySpanEnd--;
                heredocs.Add(new Heredoc(
                    info.Name,
                    info.Expand,
                    info.Chomp,
                    info.FileDescriptor,
                    _t[bodyStart..bodyEnd],
                    markerSpan,
                    source.GetSpan(bodyStart, bodySpanEnd),
                    source.GetSpan(_ls, _ce),
                    bodyStart)
                { Source = source });
            }

            if (heredocs.Count == 0) return;
            instruction.Heredocs = heredocs;
            if (instruction.OnBuild is { } sub) sub.Heredocs = heredocs;
            instruction.FullSpan = instruction.FullSpan.Union(heredocs[^1].TerminatorSpan);
        }
    }
}
