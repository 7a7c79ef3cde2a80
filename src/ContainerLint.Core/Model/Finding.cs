namespace ContainerLint.Core.Model;

/// <summary>One rule violation (or input diagnostic) at one place in one file.</summary>
public sealed record Finding
{
    public required string RuleId { get; init; }
    public required Severity Severity { get; init; }
    public required string Message { get; init; }

    /// <summary>Path as shown to users: relative to the working directory, with '/' separators.</summary>
    public required string File { get; init; }

    public required SourceSpan Span { get; init; }

    /// <summary>Kubernetes/Compose object, e.g. <c>Deployment/default/web</c> or <c>service/web</c>.</summary>
    public string? Object { get; init; }

    /// <summary>Container name when the finding is about one container.</summary>
    public string? Container { get; init; }

    public bool Suppressed { get; init; }

    /// <summary>The reason given after <c>--</c> in the suppression, if any.</summary>
    public string? SuppressionJustification { get; init; }

    /// <summary>Accepted in the run's baseline file (<see cref="Suppressed"/> is then true too): not reported, does not fail the run.</summary>
    public bool Baselined { get; init; }

    /// <summary>A mechanical fix, when the rule knows one.</summary>
    public Fix? Fix { get; init; }
}

/// <summary>
/// A mechanical fix: edits of the file the finding is in, all relative to the file as it was linted (so they apply
/// together, never overlap, and are listed in file order). The one edit model: <c>containerlint fix</c> applies it
/// and SARIF writes it as the result's <c>fixes</c>.
/// </summary>
public sealed record Fix
{
    public Fix(string description, IReadOnlyList<TextEdit> edits)
    {
        Description = description;
        Edits = edits;
    }

    /// <summary>A fix of one edit: replace the text of <paramref name="span"/> by <paramref name="replacement"/>.</summary>
    public Fix(string description, SourceSpan span, string replacement)
        : this(description, [new TextEdit(span, replacement)])
    {
    }

    public string Description { get; }

    public IReadOnlyList<TextEdit> Edits { get; }

    public bool Equals(Fix? other) =>
        other is not null && Description == other.Description && Edits.SequenceEqual(other.Edits);

    public override int GetHashCode() => HashCode.Combine(Description, Edits.Count, Edits.Count > 0 ? Edits[0] : default);
}

/// <summary>Replace the text of <see cref="Span"/> by <see cref="Replacement"/> (an empty span inserts).</summary>
public readonly record struct TextEdit(SourceSpan Span, string Replacement);

/// <summary>Orders findings by file, line, column, rule id (the JSON contract) and then the rest, so output is byte-stable.</summary>
public sealed class FindingOrder : IComparer<Finding>
{
    public static FindingOrder Instance { get; } = new();

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var c = string.CompareOrdinal(x.File, y.File);
        if (c != 0) return c;
        c = x.Span.Line.CompareTo(y.Span.Line);
        if (c != 0) return c;
        c = x.Span.Column.CompareTo(y.Span.Column);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.RuleId, y.RuleId);
        if (c != 0) return c;
        c = x.Span.CompareTo(y.Span);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.Object, y.Object);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.Container, y.Container);
        return c != 0 ? c : string.CompareOrdinal(x.Message, y.Message);
    }
}
