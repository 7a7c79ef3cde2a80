namespace ContainerLint.Cli;

/// <summary>
/// A reader that opens the real one (Console.In) on first use. On Unix, Console.In sets up the terminal when standard
/// input is one (terminfo, signal handlers): start-up work every run paid although only <c>containerlint -</c> reads it.
/// </summary>
internal sealed class DeferredTextReader(Func<TextReader> open) : TextReader
{
    private readonly Lazy<TextReader> _inner = new(open, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the real reader was opened.</summary>
    public bool IsOpened => _inner.IsValueCreated;

    public override int Peek() => _inner.Value.Peek();

    public override int Read() => _inner.Value.Read();

    public override int Read(char[] buffer, int index, int count) => _inner.Value.Read(buffer, index, count);

    public override int Read(Span<char> buffer) => _inner.Value.Read(buffer);

    public override int ReadBlock(char[] buffer, int index, int count) => _inner.Value.ReadBlock(buffer, index, count);

    public override int ReadBlock(Span<char> buffer) => _inner.Value.ReadBlock(buffer);

    public override string? ReadLine() => _inner.Value.ReadLine();

    public override string ReadToEnd() => _inner.Value.ReadToEnd();

    public override Task<string> ReadToEndAsync() => _inner.Value.ReadToEndAsync();

    public override Task<string> ReadToEndAsync(CancellationToken cancellationToken) => _inner.Value.ReadToEndAsync(cancellationToken);

    public override Task<string?> ReadLineAsync() => _inner.Value.ReadLineAsync();

    public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => _inner.Value.ReadLineAsync(cancellationToken);

    public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) => _inner.Value.ReadAsync(buffer, cancellationToken);
}
