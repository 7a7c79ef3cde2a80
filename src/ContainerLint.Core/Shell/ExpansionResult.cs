namespace ContainerLint.Core.Shell;

/// <summary>
/// One <c>$NAME</c> / <c>${NAME…}</c> reference met while expanding, with the 0-based offsets of the
/// whole reference in the input (<see cref="End"/> exclusive) and whether the lookup knew the name.
/// References nested in a default word (<c>${A:-$B}</c>) are reported too, each with its own span.
/// A reference inside a branch that was not taken is still reported (BuildKit looks every name up).
/// </summary>
public sealed record VariableReference(string Name, int Start, int End, bool IsSet);

/// <summary>
/// The outcome of <see cref="VariableExpander.ProcessWord"/> / <see cref="VariableExpander.ProcessWords"/>.
/// Never thrown: a syntax error (<c>${X</c>, unmatched quote, <c>${X:?msg}</c> on an unset X) sets
/// <see cref="Error"/> and <see cref="ErrorOffset"/>, and leaves <see cref="Value"/> empty.
/// </summary>
public sealed record ExpansionResult
{
    /// <summary>The input as one word: quotes removed, escapes applied, variables substituted.</summary>
    public required string Value { get; init; }

    /// <summary>The input split into words after substitution (BuildKit's <c>ProcessWords</c>).</summary>
    public required IReadOnlyList<string> Words { get; init; }

    /// <summary>Every variable reference, in source order.</summary>
    public required IReadOnlyList<VariableReference> References { get; init; }

    /// <summary>Null on success; otherwise a message in BuildKit's wording.</summary>
    public string? Error { get; init; }

    /// <summary>0-based offset in the input where the error was detected; -1 on success.</summary>
    public int ErrorOffset { get; init; } = -1;

    /// <summary>True when the word was not expanded because it went past a limit of its <see cref="ExpansionBudget"/> (the error says which).</summary>
    public bool LimitExceeded { get; init; }

    public bool Success => Error is null;

    /// <summary>Names the lookup resolved (BuildKit's <c>Matched</c>), first-seen order, no duplicates.</summary>
    public IReadOnlyList<string> ResolvedNames => Names(isSet: true);

    /// <summary>Names the lookup did not know (BuildKit's <c>Unmatched</c>), first-seen order, no duplicates.</summary>
    public IReadOnlyList<string> UnresolvedNames => Names(isSet: false);

    /// <summary>True when some referenced variable was unset: <c>FROM ${IMAGE}</c> with IMAGE unknown.</summary>
    public bool HasUnresolved
    {
        get
        {
            foreach (var r in References)
            {
                if (!r.IsSet) return true;
            }

            return false;
        }
    }

    // Asked for every expanded word of every file, and most words reference nothing: no LINQ chain for them.
    private IReadOnlyList<string> Names(bool isSet)
    {
        if (References.Count == 0) return [];
        List<string>? names = null;
        foreach (var r in References)
        {
            if (r.IsSet != isSet || (names is not null && names.Contains(r.Name, StringComparer.Ordinal))) continue;
            (names ??= []).Add(r.Name);
        }

        return names is null ? [] : names.ToArray();
    }
}
