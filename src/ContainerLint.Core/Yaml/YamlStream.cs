namespace ContainerLint.Core.Yaml;

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

    private readonly Dictionary<int, int> _fieldEndLines;

    private YamlStream(SourceText text, IReadOnlyList<YamlDocument> documents, IReadOnlyList<RuleHit> diagnostics, Dictionary<int, int> fieldEndLines, bool failed)
    {
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

    /// <summary>
    /// The last line of the mapping entry or sequence item that starts on <paramref name="line"/>
    /// (the widest when several start there), or null when no field starts on that line.
    /// </summary>
    public int? FieldEndLine(int line) => _fieldEndLines.TryGetValue(line, out var end) ? end : null;

    /// <summary>Loads <paramref name="text"/>; never throws on bad input.</summary>
    public static YamlStream Load(SourceText text)
    {
        var builder = new Builder(text);
        builder.Run();
        return new YamlStream(text, builder.Documents, builder.Diagnostics, builder.FieldEndLines, builder.Failed);
    }

    private sealed class Frame(YamlNode node, int startOffset)
    {
        public YamlNode Node { get; } = node;
        public int StartOffset { get; } = startOffset;
        public YamlNode? PendingKey { get; set; }
        public SourceSpan? LastChildEnd { get; set; }
    }

    private sealed class Builder(SourceText text)
    {
        private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
        private readonly Stack<Frame> _stack = new();
        private YamlNode? _root;
        private int _documentStart;

        public List<YamlDocument> Documents { get; } = [];
        public List<RuleHit> Diagnostics { get; } = [];
        public Dictionary<int, int> FieldEndLines { get; } = [];
        public bool Failed { get; private set; }

        public void Run()
        {
            if (DepthPreScan.Exceeds(text.Text, MaxDepth, out var offset))
            {
                Fail(DiagnosticIds.LimitExceeded, text.GetSpan(offset, offset), $"YAML nesting deeper than {MaxDepth} levels; the file was not linted.");
                return;
            }

            try
            {
                var parser = new Parser(new Scanner(new StringReader(text.Text), skipComments: true));
                while (parser.MoveNext())
                {
                    if (!Handle(parser.Current!)) return;
                }
            }
            catch (YamlException ex)
            {
                var message = ex.InnerException is { } inner && string.IsNullOrEmpty(ex.Message) ? inner.Message : ex.Message;
                Fail(DiagnosticIds.ParseError, SpanOf(ex.Start, ex.Start), "YAML syntax error: " + Trim(message));
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or OverflowException)
            {
                Fail(DiagnosticIds.ParseError, SourceSpan.FileStart, "YAML syntax error: " + Trim(ex.Message));
            }
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

        private SourceSpan SpanOf(Mark start, Mark end) => text.GetSpan((int)start.Index, (int)end.Index);

        private bool Handle(ParsingEvent e)
        {
            switch (e)
            {
                case DocumentStart:
                    _root = null;
                    _anchors.Clear();
                    _documentStart = (int)e.Start.Index;
                    return true;
                case DocumentEnd:
                    // An empty document ("---" followed by nothing) is a null scalar: model it as no root.
                    if (_root is YamlScalar { IsNull: true, Value: "", Anchor: null }) _root = null;
                    var span = _root is null ? text.GetSpan(_documentStart, _documentStart) : _root.Span;
                    Documents.Add(new YamlDocument(_root, span));
                    return true;
                case Scalar s:
                {
                    var node = new YamlScalar(SpanOf(s.Start, s.End), TagOf(s.Tag), AnchorOf(s.Anchor), s.Value, s.Style == ScalarStyle.Plain);
                    Remember(node);
                    return Attach(node);
                }

                case AnchorAlias a:
                {
                    if (!_anchors.TryGetValue(a.Value.Value, out var target))
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
                    if (_stack.Count >= MaxDepth) return TooDeep(m.Start);
                    var node = new YamlMapping(SpanOf(m.Start, m.Start), TagOf(m.Tag), AnchorOf(m.Anchor), m.Style == MappingStyle.Flow);
                    _stack.Push(new Frame(node, (int)m.Start.Index));
                    return true;
                }

                case SequenceStart q:
                {
                    if (_stack.Count >= MaxDepth) return TooDeep(q.Start);
                    var node = new YamlSequence(SpanOf(q.Start, q.Start), TagOf(q.Tag), AnchorOf(q.Anchor), q.Style == SequenceStyle.Flow);
                    _stack.Push(new Frame(node, (int)q.Start.Index));
                    return true;
                }

                case MappingEnd or SequenceEnd:
                {
                    var frame = _stack.Pop();
                    var flow = frame.Node is YamlMapping { IsFlow: true } or YamlSequence { IsFlow: true };
                    var start = text.GetPosition(frame.StartOffset);
                    if (flow)
                    {
                        var end = text.GetPosition((int)e.End.Index);
                        frame.Node.Span = new SourceSpan(start.Line, start.Column, end.Line, end.Column);
                    }
                    else if (frame.LastChildEnd is { } last)
                    {
                        frame.Node.Span = new SourceSpan(start.Line, start.Column, last.EndLine, last.EndColumn);
                    }

                    Remember(frame.Node);
                    return Attach(frame.Node);
                }

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
            if (node.Anchor is { } anchor) _anchors[anchor] = node;
        }

        private bool Attach(YamlNode node, SourceSpan? writtenAt = null)
        {
            var at = writtenAt ?? node.Span;
            if (_stack.Count == 0)
            {
                _root = node;
                return true;
            }

            var parent = _stack.Peek();
            parent.LastChildEnd = at;
            if (parent.Node is YamlSequence seq)
            {
                seq.Add(node);
                NoteField(at);
            }
            else if (parent.Node is YamlMapping map)
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
                if (map.Add(entry) is not null)
                {
                    Diagnostics.Add(new RuleHit(keySpan, entry.KeyText ?? "") { RuleIdOverride = DiagnosticIds.DuplicateKey });
                }
            }

            return true;
        }

        private void NoteField(SourceSpan span)
        {
            if (!FieldEndLines.TryGetValue(span.Line, out var end) || end < span.EndLine) FieldEndLines[span.Line] = span.EndLine;
        }

        private static string? TagOf(TagName tag) => tag.IsEmpty || tag.IsNonSpecific ? null : tag.Value;

        private static string? AnchorOf(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;
    }
}
