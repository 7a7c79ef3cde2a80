namespace ContainerLint.Core.Text;

/// <summary>
/// A <c>*</c>/<c>?</c> wildcard pattern, matched without backtracking and without a regex engine:
/// the pattern is cut at each <c>*</c> into fixed-length segments (literal characters and <c>?</c>),
/// and a match places the segments in order. Placing each middle segment at its earliest (or, for the
/// longest match, latest) occurrence is always optimal, so every query costs at most one pass per
/// segment over the text, i.e. O(text × pattern) character comparisons in the worst case, however
/// the stars are arranged (<c>*A*A*A…*B</c> included). Every comparison is counted against a
/// caller's allowance, so a hostile pattern over a hostile value stops instead of running away.
/// </summary>
/// <remarks>
/// With <see cref="WildcardPatternOptions.WildcardsSkipNewline"/> (Go's <c>.</c> without the <c>s</c> flag,
/// which BuildKit's shell patterns compile to) <c>*</c> and <c>?</c> never match a line feed; a match then
/// lies within one line, and a pattern that holds a literal line feed is not supported.
/// </remarks>
internal sealed class WildcardPattern
{
    /// <summary>The allowance ran out: the query stopped without an answer.</summary>
    public const int Exhausted = -2;

    /// <summary>Returned when the pattern cannot be matched under its options (a literal line feed with <see cref="WildcardPatternOptions.WildcardsSkipNewline"/>).</summary>
    public const int Unsupported = -3;

    private readonly Segment[] _segments;
    private readonly WildcardPatternOptions _options;
    private readonly bool _hasLiteralNewline;

    private WildcardPattern(Segment[] segments, WildcardPatternOptions options)
    {
        _segments = segments;
        _options = options;
        foreach (var s in segments)
        {
            if (s.Text.Contains('\n', StringComparison.Ordinal)) _hasLiteralNewline = true;
        }
    }

    /// <summary>The number of <c>*</c> in the pattern.</summary>
    public int Stars => _segments.Length - 1;

    /// <summary>Compiles a pattern in which every <c>*</c> and <c>?</c> is a wildcard (no escapes).</summary>
    public static WildcardPattern Compile(string pattern, WildcardPatternOptions options = WildcardPatternOptions.None)
    {
        var builder = new Builder();
        foreach (var c in pattern)
        {
            if (c == '*') builder.Star();
            else if (c == '?') builder.Any();
            else builder.Literal(c);
        }

        return builder.Build(options);
    }

    /// <summary>Whether the whole of <paramref name="text"/> matches.</summary>
    public bool IsMatch(ReadOnlySpan<char> text, ref long allowance) => MatchPrefix(text, longest: true, ref allowance) == text.Length;

    /// <summary>Whether the whole of <paramref name="text"/> matches, with an allowance that always suffices for short texts (names).</summary>
    public bool IsMatch(ReadOnlySpan<char> text)
    {
        var allowance = long.MaxValue;
        return IsMatch(text, ref allowance);
    }

    /// <summary>
    /// The end of the shortest (or longest) match that starts at the beginning of <paramref name="text"/>;
    /// -1 when none does, <see cref="Exhausted"/> or <see cref="Unsupported"/>.
    /// </summary>
    public int MatchPrefix(ReadOnlySpan<char> text, bool longest, ref long allowance)
    {
        if (_options.HasFlag(WildcardPatternOptions.WildcardsSkipNewline))
        {
            if (_hasLiteralNewline) return Unsupported;
            var newline = text.IndexOf('\n');
            if (newline >= 0) text = text[..newline];
        }

        if (_segments.Length == 1) return At(_segments[0], text, 0, ref allowance) switch { true => _segments[0].Length, false => -1, null => Exhausted };
        if (At(_segments[0], text, 0, ref allowance) is not { } first) return Exhausted;
        if (!first) return -1;
        var pos = _segments[0].Length;
        var last = _segments[^1];
        if (!longest)
        {
            for (var i = 1; i < _segments.Length - 1; i++)
            {
                var p = First(_segments[i], text, pos, text.Length, ref allowance);
                if (p < 0) return p;
                pos = p + _segments[i].Length;
            }

            if (last.Length == 0) return pos;
            var end = First(last, text, pos, text.Length, ref allowance);
            return end < 0 ? end : end + last.Length;
        }

        var (matchEnd, limit) = PlaceTail(text, pos, ref allowance);
        return limit < 0 ? limit : matchEnd;
    }

    /// <summary>
    /// The leftmost match at or after <paramref name="from"/>, the longest one at that start (what a
    /// leftmost-first engine finds for greedy stars); Start is -1 when there is none, or
    /// <see cref="Exhausted"/> / <see cref="Unsupported"/>.
    /// </summary>
    public (int Start, int End) Find(ReadOnlySpan<char> text, int from, ref long allowance)
    {
        if (!_options.HasFlag(WildcardPatternOptions.WildcardsSkipNewline)) return FindIn(text, from, text.Length, ref allowance);
        if (_hasLiteralNewline) return (Unsupported, Unsupported);

        // A match lies within one line: search each line from the one holding `from`.
        var lineStart = from;
        while (lineStart <= text.Length)
        {
            var newline = text[lineStart..].IndexOf('\n');
            var lineEnd = newline < 0 ? text.Length : lineStart + newline;
            var found = FindIn(text[..lineEnd], lineStart, lineEnd, ref allowance);
            if (found.Start != -1) return found;
            if (newline < 0) break;
            lineStart = lineEnd + 1;
        }

        return (-1, -1);
    }

    private (int Start, int End) FindIn(ReadOnlySpan<char> text, int from, int to, ref long allowance)
    {
        var head = _segments[0];
        if (_segments.Length == 1)
        {
            var p = First(head, text, from, to, ref allowance);
            return p < 0 ? (p, p) : (p, p + head.Length);
        }

        var (matchEnd, limit) = PlaceTail(text, from, ref allowance);
        if (limit < 0) return (limit, limit);
        var start = First(head, text, from, limit, ref allowance);
        return start < 0 ? (start, start) : (start, matchEnd);
    }

    /// <summary>
    /// Places the segments after the first one as late as possible within <paramref name="text"/>, not
    /// before <paramref name="from"/>: the end of the longest match and the latest position the first
    /// segment may end at (negative: no placement, or the allowance ran out).
    /// </summary>
    private (int MatchEnd, int Limit) PlaceTail(ReadOnlySpan<char> text, int from, ref long allowance)
    {
        var last = _segments[^1];
        int matchEnd, limit;
        if (last.Length == 0)
        {
            matchEnd = limit = text.Length;
        }
        else
        {
            var p = Last(last, text, from, text.Length, ref allowance);
            if (p < 0) return (p, p);
            matchEnd = p + last.Length;
            limit = p;
        }

        for (var i = _segments.Length - 2; i >= 1; i--)
        {
            var p = Last(_segments[i], text, from, limit, ref allowance);
            if (p < 0) return (p, p);
            limit = p;
        }

        return (matchEnd, limit);
    }

    /// <summary>The first position p in [from, to - length] where the segment occurs; -1 or <see cref="Exhausted"/>.</summary>
    private int First(Segment segment, ReadOnlySpan<char> text, int from, int to, ref long allowance)
    {
        for (var p = from; p + segment.Length <= to; p++)
        {
            switch (At(segment, text, p, ref allowance))
            {
                case true: return p;
                case null: return Exhausted;
            }
        }

        return -1;
    }

    /// <summary>The last position p in [from, to - length] where the segment occurs; -1 or <see cref="Exhausted"/>.</summary>
    private int Last(Segment segment, ReadOnlySpan<char> text, int from, int to, ref long allowance)
    {
        for (var p = to - segment.Length; p >= from; p--)
        {
            switch (At(segment, text, p, ref allowance))
            {
                case true: return p;
                case null: return Exhausted;
            }
        }

        return -1;
    }

    /// <summary>Whether the segment occurs at <paramref name="p"/>; null when the allowance ran out.</summary>
    private bool? At(Segment segment, ReadOnlySpan<char> text, int p, ref long allowance)
    {
        if (p < 0 || p + segment.Length > text.Length) return false;
        allowance -= segment.Length + 1;
        if (allowance < 0) return null;
        var ignoreCase = _options.HasFlag(WildcardPatternOptions.IgnoreCase);
        var skipNewline = _options.HasFlag(WildcardPatternOptions.WildcardsSkipNewline);
        for (var j = 0; j < segment.Length; j++)
        {
            var c = text[p + j];
            if (segment.IsAny(j))
            {
                if (skipNewline && c == '\n') return false;
                continue;
            }

            var want = segment.Text[j];
            if (c != want && !(ignoreCase && char.ToUpperInvariant(c) == char.ToUpperInvariant(want))) return false;
        }

        return true;
    }

    /// <summary>A run of the pattern between two stars: literal characters, and <c>?</c> at the positions in <see cref="_any"/>.</summary>
    private sealed class Segment(string text, bool[]? any)
    {
        private readonly bool[]? _any = any;

        public string Text { get; } = text;

        public int Length => Text.Length;

        public bool IsAny(int i) => _any is not null && _any[i];
    }

    /// <summary>Builds a pattern from parts, for callers with their own escape syntax.</summary>
    internal sealed class Builder
    {
        private readonly List<Segment> _segments = [];
        private readonly System.Text.StringBuilder _text = new();
        private List<int>? _any;

        public void Literal(char c) => _text.Append(c);

        public void Any()
        {
            (_any ??= []).Add(_text.Length);
            _text.Append('?');
        }

        public void Star() => Close();

        public WildcardPattern Build(WildcardPatternOptions options)
        {
            Close();
            return new WildcardPattern([.. _segments], options);
        }

        private void Close()
        {
            bool[]? any = null;
            if (_any is not null)
            {
                any = new bool[_text.Length];
                foreach (var i in _any) any[i] = true;
            }

            _segments.Add(new Segment(_text.ToString(), any));
            _text.Clear();
            _any = null;
        }
    }
}

/// <summary>How a <see cref="WildcardPattern"/> compares characters.</summary>
[Flags]
internal enum WildcardPatternOptions
{
    None = 0,

    /// <summary>Letters compare case-insensitively (invariant culture).</summary>
    IgnoreCase = 1,

    /// <summary><c>*</c> and <c>?</c> do not match a line feed (a match stays within one line).</summary>
    WildcardsSkipNewline = 2,
}
