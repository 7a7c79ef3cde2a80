namespace ContainerLint.Core.Model;

/// <summary>
/// A region of a source file. Lines and columns are 1-based; <see cref="EndColumn"/> is exclusive
/// (one past the last character), as in SARIF regions and Roslyn's canonical diagnostics.
/// Columns count UTF-16 code units of the decoded line.
/// </summary>
public readonly record struct SourceSpan(int Line, int Column, int EndLine, int EndColumn) : IComparable<SourceSpan>
{
    /// <summary>A span for a whole file when nothing more precise is known.</summary>
    public static SourceSpan FileStart { get; } = new(1, 1, 1, 1);

    public static SourceSpan Point(int line, int column) => new(line, column, line, column);

    public bool IsEmpty => Line == EndLine && Column == EndColumn;

    /// <summary>The smallest span that covers both spans.</summary>
    public SourceSpan Union(SourceSpan other)
    {
        var start = CompareStart(this, other) <= 0 ? this : other;
        var end = (EndLine, EndColumn).CompareTo((other.EndLine, other.EndColumn)) >= 0 ? this : other;
        return new SourceSpan(start.Line, start.Column, end.EndLine, end.EndColumn);
    }

    public bool ContainsLine(int line) => line >= Line && line <= EndLine;

    public int CompareTo(SourceSpan other)
    {
        var c = CompareStart(this, other);
        return c != 0 ? c : (EndLine, EndColumn).CompareTo((other.EndLine, other.EndColumn));
    }

    private static int CompareStart(SourceSpan a, SourceSpan b) => (a.Line, a.Column).CompareTo((b.Line, b.Column));

    public override string ToString() => $"({Line},{Column},{EndLine},{EndColumn})";
}
