namespace ContainerLint.Core.Reporting;

using System.Text;

/// <summary>
/// What reporters write through: '\n' line ends whatever the platform (for reporters that call
/// <see cref="TextWriter.WriteLine()"/>), and chunks of text handed on to the caller's
/// writer, so streaming a large report makes few calls on an auto-flushing console writer.
/// Never closes the caller's writer.
/// </summary>
internal sealed class ReportWriter : TextWriter
{
    private const int ChunkSize = 1 << 15;
    private readonly StringBuilder _chunk = new(ChunkSize);
    private readonly TextWriter _inner;

    public ReportWriter(TextWriter inner)
    {
        _inner = inner;
        NewLine = "\n";
    }

    public override Encoding Encoding => _inner.Encoding;

    public override void Write(char value)
    {
        _chunk.Append(value);
        if (_chunk.Length >= ChunkSize) Drain();
    }

    public override void Write(string? value)
    {
        _chunk.Append(value);
        if (_chunk.Length >= ChunkSize) Drain();
    }

    public override void Write(char[] buffer, int index, int count)
    {
        _chunk.Append(buffer, index, count);
        if (_chunk.Length >= ChunkSize) Drain();
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        _chunk.Append(buffer);
        if (_chunk.Length >= ChunkSize) Drain();
    }

    public override void Flush()
    {
        Drain();
        _inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Drain();
        base.Dispose(disposing);
    }

    private void Drain()
    {
        if (_chunk.Length == 0) return;
        _inner.Write(_chunk.ToString());
        _chunk.Clear();
    }
}
