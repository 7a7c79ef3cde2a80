namespace ContainerLint.Core.Shell;

/// <summary>
/// How much variable expansion one file may cost. Each expanded value is capped at
/// <see cref="MaxValueLength"/> characters more than the word as written, and every character a substitution copies and every
/// character comparison a <c>${VAR#pat}</c>-style pattern makes is charged to one shared allowance
/// (<see cref="DefaultWork"/>). Past either limit a word is not expanded: it counts as unresolved, so
/// no finding comes from it, and the expander says so (<see cref="ExpansionResult.LimitExceeded"/>).
/// Without this, <c>ENV A=$A$A</c> repeated 26 times in a 338-byte file asked for gigabytes.
/// Shared by every word of one file (a stage graph's scopes), so it is thread-safe.
/// </summary>
public sealed class ExpansionBudget
{
    /// <summary>Far above any real value (BuildKit's own line limit is 64 KiB), far below what a doubling chain reaches.</summary>
    public const int DefaultMaxValueLength = 1 << 20;

    /// <summary>Characters copied or compared per file: ~60x a 10 MB file's worth of substitutions, a few hundred MB at most.</summary>
    public const long DefaultWork = 64L << 20;

    private long _remaining;

    public ExpansionBudget(long work = DefaultWork, int maxValueLength = DefaultMaxValueLength)
    {
        _remaining = work;
        MaxValueLength = maxValueLength;
    }

    /// <summary>How many characters an expansion may add to the word as written.</summary>
    public int MaxValueLength { get; }

    /// <summary>True once some expansion ran out of the allowance.</summary>
    public bool Exhausted => Volatile.Read(ref _remaining) < 0;

    /// <summary>What is left, for a matcher that counts its own work down from it and reports with <see cref="Charge"/>.</summary>
    internal long Allowance => Math.Max(Volatile.Read(ref _remaining), 0);

    /// <summary>Charges <paramref name="units"/>; false when the allowance is exceeded.</summary>
    internal bool TrySpend(long units) => Interlocked.Add(ref _remaining, -units) >= 0;

    /// <summary>Charges what a matcher used: it started with <paramref name="allowance"/> and left <paramref name="leftOver"/> (negative when it ran out).</summary>
    internal void Charge(long allowance, long leftOver) => TrySpend(allowance - leftOver);
}
