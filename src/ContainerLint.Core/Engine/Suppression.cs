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

    /// <summary>A file-wide suppression (<c># containerlint ignore-file=</c>).</summary>
    public static Suppression WholeFile(IReadOnlySet<string> ids, string? justification, SourceSpan directive) =>
        new(ids, 1, int.MaxValue, justification, directive);

    public bool Covers(string ruleId, SourceSpan span, string? container) =>
        RuleIds.Contains(ruleId)
        && span.Line >= FirstLine && span.Line <= LastLine
        && (Container is null || string.Equals(Container, container, StringComparison.Ordinal));
}
