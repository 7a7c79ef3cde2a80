namespace ContainerLint.Core.Yaml;

using System.Runtime.InteropServices;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

/// <summary>
/// A YAML (or JSON) file loaded into the position-exact model from YamlDotNet's event parser:
/// never its serializer, so tags such as <c>!!python/object</c> stay inert text.
/// </summary>
public sealed class YamlStream
{
    /// <summary>Deeper nesting than this is reported (CL0011) instead of walked.</summary>
    public const int MaxDepth = 500;

    /// <summary>Per line, the last line of the widest field starting there (0: none); null when no field was read.</summary>
    private readonly int[]? _fieldEndLines;

    private YamlStream(SourceText text, IReadOnlyList<YamlDocument> documents, IReadOnlyList<RuleHit> diagnostics, int[]? fieldEndLines, bool failed, bool usesAnchors)
    {
        UsesAnchors = usesAnchors;
        Text = text;
        Documents = documents;
        Diagnostics = diagnostics;
        _fieldEndLines = fieldEndLines;
        Failed = failed;
    }

    public SourceText Text { get; }

    /// <summary>The documents that were read completely (an error stops the stream at the failing document).</summary>
    public IReadOnlyList<YamlDocument> Documents { get; }

    /// <summary>CL0xxx diagnostics (parse error, duplicate key, limit exceeded), each with its RuleIdOverride.</summary>
    public IReadOnlyList<RuleHit> Diagnostics { get; }

    /// <summary>True when the stream could not be read to its end (parse error or limit).</summary>
    public bool Failed { get; }

    /// <summary>True when a node carries an anchor (so aliases may share it): an edit of one place may then change several.</summary>
    public bool UsesAnchors { get; }

    /// <summary>
    /// The last line of the mapping entry or sequence item that starts on <paramref name="line"/>
    /// (the widest when several start there), or null when no field starts on that line.
    /// </summary>
    public int? FieldEndLine(int line) =>
        _fieldEndLines is { } ends && (uint)line < (uint)ends.Length && ends[line] != 0 ? ends[line] : null;

    /// <summary>Loads <paramref name="text"/>; never throws on bad input.</summary>
    public static YamlStream Load(SourceText text)
    {
        var builder = new Builder(text, text.Text);
        builder.Run();
        if (builder.ExtraSpacesInFirstLine && LeadingBlankLines.Indicate(text.Text) is { } indicated)
        {
            // Go's YAML (kubectl) accepts what YamlDotNet refuses here; the indicated copy has the same length and line breaks,
            // so every offset, and so every span, is the same as in the file.
            var retry = new Builder(text, indicated);
            retry.Run();
            if (!retry.Failed) builder = retry;
        }

        return new YamlStream(text, builder.Documents, builder.Diagnostics, builder.FieldEndLines, builder.Failed, builder.UsesAnchors);
    }

    /// <summary>An open collection: a struct in an array, so nesting allocates nothing per level.</summary>
    private struct Frame
    {
        public YamlNode Node;
        public int StartLine;
        public int StartColumn;
        public YamlNode? PendingKey;
        public bool HasLastChild;
        public SourceSpan LastChildEnd;

        /// <summary>Where this collection's children start in the builder's shared item or entry buffer.</summary>
        public int First;

        /// <summary>Key to position (relative to <see cref="First"/>) once a mapping has more than <see cref="YamlMapping.IndexThreshold"/> entries.</summary>
        public Dictionary<string, int>? Index;

        public bool HasMerge;
    }

    /// <param name="text">The file: every position is reported against it.</param>
    /// <param name="scanned">What the scanner reads: the file's text, or a copy of the same length and line breaks.</param>
    private sealed class Builder(SourceText text, string scanned)
    {
        private Dictionary<string, YamlNode>? _anchors;
        private Frame[] _stack = new Frame[16];

        // Children of the open collections, innermost last: each collection gets one exact-size array when it ends.
        private readonly List<YamlNode> _items = [];
        private readonly List<YamlEntry> _entries = [];
        private int _depth;
        private YamlNode? _root;
        private int _documentStart;

        // Line cursor: parser events arrive in text order, so most offsets fall on the current line or just
        // after it; a binary search over the line index is the fallback.
        private int _line = 1;
        private int _lineStart;
        private int _nextLineStart = -1;

        public List<YamlDocument> Documents { get; } = [];
        public List<RuleHit> Diagnostics { get; } = [];
        public int[]? FieldEndLines { get; private set; }

        public bool UsesAnchors => _anchors is not null;
        public bool Failed { get; private set; }

        /// <summary>True when YamlDotNet refused a block scalar whose first line holds only spaces (see <see cref="LeadingBlankLines"/>).</summary>
        public bool ExtraSpacesInFirstLine { get; private set; }

        public void Run()
        {
            if (DepthPreScan.Exceeds(text.Text, MaxDepth, out var offset))
            {
                Fail(DiagnosticIds.LimitExceeded, text.GetSpan(offset, offset), $"YAML nesting deeper than {MaxDepth} levels; the file was not linted.");
                return;
            }

            var scanner = new Scanner(new StringReader(scanned), skipComments: true);
            try
            {
                var parser = new Parser(scanner);
                while (parser.MoveNext())
                {
                    if (!Handle(parser.Current!)) return;
                }
            }
            catch (YamlException ex)
            {
                var message = ex.InnerException is { } inner && string.IsNullOrEmpty(ex.Message) ? inner.Message : ex.Message;
                ExtraSpacesInFirstLine = message.Contains("found extra spaces in first line", StringComparison.Ordinal);
                Fail(DiagnosticIds.ParseError, SpanOf(ex.Start, ex.Start), "YAML syntax error: " + Trim(message));
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or OverflowException)
            {
                // YamlDotNet's scanner fails this way (with no message of its own) on some unclosed flow collections:
                // report where the scanner stopped, and the collection left open, not 1:1 and the exception's text.
                var at = scanner.CurrentPosition;
                Fail(DiagnosticIds.ParseError, SpanOf(at, at), "YAML syntax error: " + Unclosed());
            }
        }

        /// <summary>What a scanner failure most likely means: the innermost flow collection still open, if any.</summary>
        private string Unclosed()
        {
            for (var i = _depth - 1; i >= 0; i--)
            {
                var frame = _stack[i];
                if (frame.Node is YamlSequence { IsFlow: true }) return $"the flow sequence '[' opened at line {frame.StartLine}, column {frame.StartColumn} is not closed with ']' before this point.";
                if (frame.Node is YamlMapping { IsFlow: true }) return $"the flow mapping '{{' opened at line {frame.StartLine}, column {frame.StartColumn} is not closed with '}}' before this point.";
            }

            return "this text cannot be read as YAML here.";
        }

        private static string Trim(string message)
        {
            // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (…): "; the finding carries the position already.
            var i = message.IndexOf("): ", StringComparison.Ordinal);
            return i >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(i + 3)..] : message;
        }

        private void Fail(string id, SourceSpan span, string message)
        {
            Failed = true;
            Diagnostics.Add(new RuleHit(span, message) { RuleIdOverride = id });
        }

        /// <summary>Same as <see cref="SourceText.GetSpan"/>, through the line cursor.</summary>
        private SourceSpan SpanOf(Mark start, Mark end)
        {
            var from = (int)start.Index;
            var (l1, c1) = PositionOf(from);
            var (l2, c2) = PositionOf(Math.Max(from, (int)end.Index));
            return new SourceSpan(l1, c1, l2, c2);
        }

        /// <summary>Same as <see cref="SourceText.GetPosition"/>.</summary>
        private (int Line, int Column) PositionOf(int offset)
        {
            if (_nextLineStart < 0) _nextLineStart = NextLineStart(1);
            if ((uint)offset <= (uint)text.Text.Length)
            {
                if (offset >= _lineStart && offset < _nextLineStart) return (_line, offset - _lineStart + 1);
                for (var step = 0; step < 4 && offset >= _nextLineStart; step++)
                {
                    _line++;
                    _lineStart = _nextLineStart;
                    _nextLineStart = NextLineStart(_line);
                    if (offset < _nextLineStart) return (_line, offset - _lineStart + 1);
                }
            }

            var position = text.GetPosition(offset);
            _line = position.Line;
            _lineStart = text.GetOffset(position.Line, 1);
            _nextLineStart = NextLineStart(position.Line);
            return position;
        }

        private int NextLineStart(int line) => line < text.LineCount ? text.GetOffset(line + 1, 1) : int.MaxValue;

        private void Push(YamlNode node, Mark start)
        {
            if (_depth == _stack.Length) Array.Resize(ref _stack, _stack.Length * 2);
            var (line, column) = PositionOf((int)start.Index);
            _stack[_depth++] = new Frame { Node = node, StartLine = line, StartColumn = column, First = node is YamlMapping ? _entries.Count : _items.Count };
        }

        private bool Handle(ParsingEvent e)
        {
            // Most frequent events first: each case is a type test.
            switch (e)
            {
                case Scalar s:
                {
                    var node = new YamlScalar(SpanOf(s.Start, s.End), TagOf(s.Tag), AnchorOf(s.Anchor), s.Value, s.Style == ScalarStyle.Plain);
                    Remember(node);
                    return Attach(node);
                }

                case AnchorAlias a:
                {
                    if (_anchors is null || !_anchors.TryGetValue(a.Value.Value, out var target))
                    {
                        Fail(DiagnosticIds.ParseError, SpanOf(a.Start, a.End), $"YAML alias '*{a.Value.Value}' refers to no anchor.");
                        return false;
                    }

                    // The alias position is where a finding about the shared node is most useful only
                    // for scalars; collections keep the anchor's spans (shared, never copied).
                    return Attach(target, SpanOf(a.Start, a.End));
                }

                case MappingStart m:
                {
                    if (_depth >= MaxDepth) return TooDeep(m.Start);
                    var node = new YamlMapping(SpanOf(m.Start, m.Start), TagOf(m.Tag), AnchorOf(m.Anchor), m.Style == MappingStyle.Flow);
                    Push(node, m.Start);
                    return true;
                }

                case SequenceStart q:
                {
                    if (_depth >= MaxDepth) return TooDeep(q.Start);
                    var node = new YamlSequence(SpanOf(q.Start, q.Start), TagOf(q.Tag), AnchorOf(q.Anchor), q.Style == SequenceStyle.Flow);
                    Push(node, q.Start);
                    return true;
                }

                case MappingEnd or SequenceEnd:
                {
                    var frame = _stack[--_depth];
                    _stack[_depth] = default;
                    Complete(frame);
                    var flow = frame.Node is YamlMapping { IsFlow: true } or YamlSequence { IsFlow: true };
                    if (flow)
                    {
                        var end = PositionOf((int)e.End.Index);
                        frame.Node.Span = new SourceSpan(frame.StartLine, frame.StartColumn, end.Line, end.Column);
                    }
                    else if (frame.HasLastChild)
                    {
                        var last = frame.LastChildEnd;
                        frame.Node.Span = new SourceSpan(frame.StartLine, frame.StartColumn, last.EndLine, last.EndColumn);
                    }

                    Remember(frame.Node);
                    return Attach(frame.Node);
                }

                case DocumentStart:
                    _root = null;
                    _anchors?.Clear();
                    _documentStart = (int)e.Start.Index;
                    return true;
                case DocumentEnd:
                    // An empty document ("---" followed by nothing) is a null scalar: model it as no root.
                    if (_root is YamlScalar { IsNull: true, Value: "", Anchor: null }) _root = null;
                    var span = _root is null ? text.GetSpan(_documentStart, _documentStart) : _root.Span;
                    Documents.Add(new YamlDocument(_root, span));
                    return true;
                default:
                    return true;
            }
        }

        private bool TooDeep(Mark at)
        {
            Fail(DiagnosticIds.LimitExceeded, SpanOf(at, at), $"YAML nesting deeper than {MaxDepth} levels; the file was not linted.");
            return false;
        }

        private void Remember(YamlNode node)
        {
            if (node.Anchor is { } anchor) (_anchors ??= new Dictionary<string, YamlNode>(StringComparer.Ordinal))[anchor] = node;
        }

        private bool Attach(YamlNode node, SourceSpan? writtenAt = null)
        {
            var at = writtenAt ?? node.Span;
            if (_depth == 0)
            {
                _root = node;
                return true;
            }

            ref var parent = ref _stack[_depth - 1];
            parent.HasLastChild = true;
            parent.LastChildEnd = at;
            if (parent.Node is YamlSequence)
            {
                _items.Add(node);
                NoteField(at);
            }
            else
            {
                if (parent.PendingKey is null)
                {
                    parent.PendingKey = node;
                    return true;
                }

                var key = parent.PendingKey;
                parent.PendingKey = null;
                var entry = new YamlEntry(key, node);
                var keySpan = key.Span;
                NoteField(new SourceSpan(keySpan.Line, keySpan.Column, at.EndLine, at.EndColumn));
                if (AddEntry(ref parent, entry) is not null)
                {
                    Diagnostics.Add(new RuleHit(keySpan, entry.KeyText ?? "") { RuleIdOverride = DiagnosticIds.DuplicateKey });
                }
            }

            return true;
        }

        /// <summary>Adds an entry to the open mapping; returns the replaced earlier entry when the key was already present (the last value wins, in the first key's slot).</summary>
        private YamlEntry? AddEntry(ref Frame frame, YamlEntry entry)
        {
            if (YamlMapping.IsMerge(entry)) frame.HasMerge = true;
            else if (entry.KeyText is { } key)
            {
                var i = frame.Index is { } index
                    ? index.GetValueOrDefault(key, -1)
                    : YamlMapping.IndexOf(CollectionsMarshal.AsSpan(_entries)[frame.First..], key);
                if (i >= 0)
                {
                    var old = _entries[frame.First + i];
                    _entries[frame.First + i] = entry;
                    return old;
                }

                frame.Index?.Add(key, _entries.Count - frame.First);
            }

            _entries.Add(entry);
            var count = _entries.Count - frame.First;
            if (frame.Index is null && count > YamlMapping.IndexThreshold)
            {
                var index = new Dictionary<string, int>(count * 2, StringComparer.Ordinal);
                for (var j = 0; j < count; j++)
                {
                    var e = _entries[frame.First + j];
                    if (e.KeyText is { } k && !YamlMapping.IsMerge(e)) index[k] = j;
                }

                frame.Index = index;
            }

            return null;
        }

        private void Complete(in Frame frame)
        {
            if (frame.Node is YamlMapping map)
            {
                var count = _entries.Count - frame.First;
                var entries = count == 0 ? [] : CollectionsMarshal.AsSpan(_entries).Slice(frame.First, count).ToArray();
                _entries.RemoveRange(frame.First, count);
                map.Complete(entries, frame.Index, frame.HasMerge);
            }
            else if (frame.Node is YamlSequence seq)
            {
                var count = _items.Count - frame.First;
                var items = count == 0 ? [] : CollectionsMarshal.AsSpan(_items).Slice(frame.First, count).ToArray();
                _items.RemoveRange(frame.First, count);
                seq.Complete(items);
            }
        }

        private void NoteField(SourceSpan span)
        {
            var ends = FieldEndLines ??= new int[text.LineCount + 1];
            if ((uint)span.Line < (uint)ends.Length && ends[span.Line] < span.EndLine) ends[span.Line] = span.EndLine;
        }

        private static string? TagOf(TagName tag) => tag.IsEmpty || tag.IsNonSpecific ? null : tag.Value;

        private static string? AnchorOf(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;
    }
}
