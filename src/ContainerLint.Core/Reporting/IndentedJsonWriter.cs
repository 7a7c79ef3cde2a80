namespace ContainerLint.Core.Reporting;

using System.Buffers;
using System.Globalization;

/// <summary>
/// A forward-only JSON writer for the reports: two-space indentation, '\n' line ends, <c>"name": value</c>,
/// empty containers as <c>{}</c> and <c>[]</c>, and strings escaped as JSON requires plus U+0085, U+2028
/// and U+2029 (so a report can be pasted into JavaScript). These are the bytes Newtonsoft.Json's
/// <c>JsonTextWriter</c> wrote before (IndentedJsonWriterTests compare the two), without its reflection
/// helpers, which Native AOT cannot compile. Writes straight to the caller's writer; holds only the nesting.
/// </summary>
internal sealed class IndentedJsonWriter(TextWriter output)
{
    // Characters a JSON string may not hold as they are, and the three line separators JavaScript does not allow in a string literal.
    private static readonly SearchValues<char> NeedsEscape = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f" +
        "\"\\\u0085\u2028\u2029");

    // Per open container: whether it has an element yet (the next one needs a comma).
    private readonly Stack<bool> _hasElements = new();
    private bool _afterPropertyName;

    public void WriteStartObject() => Open('{');

    public void WriteStartArray() => Open('[');

    public void WriteEndObject() => Close('}');

    public void WriteEndArray() => Close(']');

    public void WritePropertyName(string name)
    {
        if (_hasElements.Count == 0 || _afterPropertyName) throw new InvalidOperationException("A property name belongs inside an object, before its value.");
        if (_hasElements.Pop()) output.Write(',');
        _hasElements.Push(true);
        NewLine();
        WriteString(name);
        output.Write(':');
        _afterPropertyName = true;
    }

    public void WriteValue(string value)
    {
        BeforeValue();
        WriteString(value);
    }

    public void WriteValue(int value)
    {
        BeforeValue();
        Span<char> digits = stackalloc char[11];
        value.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        output.Write(digits[..length]);
    }

    public void WriteValue(bool value)
    {
        BeforeValue();
        output.Write(value ? "true" : "false");
    }

    public void WriteNull()
    {
        BeforeValue();
        output.Write("null");
    }

    private void Open(char bracket)
    {
        BeforeValue();
        output.Write(bracket);
        _hasElements.Push(false);
    }

    private void Close(char bracket)
    {
        if (_hasElements.Count == 0 || _afterPropertyName) throw new InvalidOperationException("Nothing open to close, or a property without a value.");
        if (_hasElements.Pop()) NewLine();
        output.Write(bracket);
    }

    private void BeforeValue()
    {
        if (_afterPropertyName)
        {
            output.Write(' ');
            _afterPropertyName = false;
            return;
        }

        if (_hasElements.Count == 0) return;
        if (_hasElements.Pop()) output.Write(',');
        _hasElements.Push(true);
        NewLine();
    }

    private void NewLine()
    {
        output.Write('\n');
        for (var i = 0; i < _hasElements.Count; i++) output.Write("  ");
    }

    private void WriteString(string value)
    {
        output.Write('"');
        var rest = value.AsSpan();
        for (var i = rest.IndexOfAny(NeedsEscape); i >= 0; i = rest.IndexOfAny(NeedsEscape))
        {
            output.Write(rest[..i]);
            var c = rest[i];
            output.Write(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\f' => "\\f",
                '\b' => "\\b",
                _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
            rest = rest[(i + 1)..];
        }

        output.Write(rest);
        output.Write('"');
    }
}
