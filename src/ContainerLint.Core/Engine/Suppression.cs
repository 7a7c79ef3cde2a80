namespace ContainerLint.Core.Engine;

using ContainerLint.Core.Model;

/// <summary>
/// An inline suppression found by a front end: the rule ids it names silence findings whose
/// start line lies in [<see cref="FirstLine"/>, <see cref="LastLine"/>] (and, when
/// <see cref="Container"/> is set, only findings about that container).
/// </summary>
public sealed record Suppression(
    IReadOnlySet<string> RuleIds,
    int FirstLine,
    int LastLine,
    string? Justification,
    SourceSpan DirectiveSpan)
{
    /// <summary>Limits the suppression to findings about one container.</summary>
    public string? Container { get; init; }

    /// <summary>Whether a directive that silenced nothing is reported (CL0008) so stale ignores do not pile up.</summary>
    public bool ReportIfUnused { get; init; } = true;

    /// <summary>The last day the suppression silences findings (<c>until=YYYY-MM-DD</c>); null: no expiry.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>A file-wide suppression (<c># containerlint ignore-file=</c>).</summary>
    public static Suppression WholeFile(IReadOnlySet<string> ids, string? justification, SourceSpan directive) =>
        new(ids, 1, int.MaxValue, justification, directive);

    public bool Covers(string ruleId, SourceSpan span, string? container) =>
        RuleIds.Contains(ruleId)
        && span.Line >= FirstLine && span.Line <= LastLine
        && (Container is null || string.Equals(Container, container, StringComparison.Ordinal));
}

/// <summary>
/// A file's suppressions, indexed so that finding the one that silences a finding costs a dictionary lookup
/// and a binary search instead of a walk over every suppression (20,000 ignore comments and as many findings
/// were 400 million <see cref="Suppression.Covers"/> calls). <see cref="Find"/> returns exactly what the walk
/// returned: the first suppression, in the front end's order, that covers the finding. Also the list itself,
/// so it travels where the suppressions did.
/// </summary>
public sealed class SuppressionIndex : IReadOnlyList<Suppression>
{
    private static readonly SuppressionIndex EmptyIndex = new([]);

    private readonly IReadOnlyList<Suppression> _all;
    private readonly Dictionary<(string RuleId, string? Container), Segments> _byRule = [];

    private SuppressionIndex(IReadOnlyList<Suppression> all)
    {
        _all = all;
        var ranges = new Dictionary<(string, string?), List<(int First, int Last, int Order)>>();
        for (var order = 0; order < all.Count; order++)
        {
            var s = all[order];
            foreach (var id in s.RuleIds)
            {
                if (!ranges.TryGetValue((id, s.Container), out var list)) ranges[(id, s.Container)] = list = [];
                list.Add((s.FirstLine, s.LastLine, order));
            }
        }

        foreach (var (key, list) in ranges) _byRule[key] = new Segments(list);
    }

    public static SuppressionIndex Empty => EmptyIndex;

    public int Count => _all.Count;

    public Suppression this[int index] => _all[index];

    /// <summary>The index of <paramref name="suppressions"/> (built once: an index is returned as is).</summary>
    public static SuppressionIndex Of(IReadOnlyList<Suppression> suppressions) =>
        suppressions as SuppressionIndex ?? (suppressions.Count == 0 ? EmptyIndex : new SuppressionIndex(suppressions));

    /// <summary>The first suppression (in the front end's order) that silences <paramref name="ruleId"/> on <paramref name="line"/> for <paramref name="container"/>, or null.</summary>
    public Suppression? Find(string ruleId, int line, string? container)
    {
        if (_byRule.Count == 0) return null;
        var any = _byRule.TryGetValue((ruleId, null), out var general) ? general.At(line) : -1;
        var own = container is not null && _byRule.TryGetValue((ruleId, container), out var scoped) ? scoped.At(line) : -1;
        var order = any < 0 ? own : own < 0 ? any : Math.Min(any, own);
        return order < 0 ? null : _all[order];
    }

    public IEnumerator<Suppression> GetEnumerator() => _all.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// One rule's line ranges, cut at every range boundary into segments, each knowing the earliest range that
    /// covers it (a sweep with a heap: O(n log n) to build whatever the ranges overlap, O(log n) to query).
    /// </summary>
    private sealed class Segments
    {
        private readonly long[] _starts;
        private readonly int[] _earliest;

        public Segments(List<(int First, int Last, int Order)> ranges)
        {
            var bounds = new SortedSet<long>();
            foreach (var (first, last, _) in ranges)
            {
                if (last < first) continue;
                bounds.Add(first);
                bounds.Add((long)last + 1);
            }

            _starts = [.. bounds];
            _earliest = new int[_starts.Length];
            var byFirst = ranges.Where(r => r.Last >= r.First).OrderBy(r => r.First).ToList();
            var active = new PriorityQueue<(int Order, long End), int>();
            var next = 0;
            for (var i = 0; i < _starts.Length; i++)
            {
                for (; next < byFirst.Count && byFirst[next].First == _starts[i]; next++)
                {
                    active.Enqueue((byFirst[next].Order, (long)byFirst[next].Last + 1), byFirst[next].Order);
                }

                while (active.Count > 0 && active.Peek().End <= _starts[i]) active.Dequeue();
                _earliest[i] = active.Count > 0 ? active.Peek().Order : -1;
            }
        }

        /// <summary>The order of the earliest range covering <paramref name="line"/>, or -1.</summary>
        public int At(int line)
        {
            var i = Array.BinarySearch(_starts, (long)line);
            if (i < 0) i = ~i - 1;
            return i < 0 ? -1 : _earliest[i];
        }
    }
}
