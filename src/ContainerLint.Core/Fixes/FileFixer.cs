namespace ContainerLint.Core.Fixes;

using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>A fix that was applied: the finding it came from, in the text of the pass that applied it.</summary>
public sealed record AppliedFix(string RuleId, string Description, int Line, int Pass);

/// <summary>What fixing one file did.</summary>
/// <param name="Original">The text as read.</param>
/// <param name="Fixed">The text with every fix applied (the original when nothing applied).</param>
/// <param name="Applied">The fixes applied, pass by pass.</param>
/// <param name="OriginalFindings">The findings of the original text (their secret spans are masked in a diff).</param>
/// <param name="FixedFindings">The findings of the fixed text.</param>
/// <param name="Converged">False when the pass limit was reached with fixes still to apply.</param>
public sealed record FixOutcome(
    string Original, string Fixed, IReadOnlyList<AppliedFix> Applied, IReadOnlyList<Finding> OriginalFindings, IReadOnlyList<Finding> FixedFindings, bool Converged)
{
    public bool Changed => !string.Equals(Original, Fixed, StringComparison.Ordinal);
}

/// <summary>
/// Fixes one file: lint, apply every unsuppressed finding's fix that does not touch another (<see cref="FixApplier"/>),
/// lint the new text, and so on until a pass has nothing to apply. The fixes come only from the findings, so only what
/// the rules report (with the configuration's rules, severities and inline suppressions) is fixed. A pass that changes
/// nothing ends the loop, and at most <see cref="MaxPasses"/> passes run, so fixes that undo each other cannot loop.
/// </summary>
public static class FileFixer
{
    /// <summary>Passes at most. Fixes that touch one place (several securityContext fields of a container) take a pass each.</summary>
    public const int MaxPasses = 12;

    public static FixOutcome Fix(string text, Func<string, IReadOnlyList<Finding>> lint)
    {
        var applied = new List<AppliedFix>();
        var findings = lint(text);
        var originalFindings = findings;
        var current = text;
        for (var pass = 1; ; pass++)
        {
            var fixable = findings.Where(f => !f.Suppressed && f.Fix is not null).OrderBy(f => f, FindingOrder.Instance).ToList();
            if (fixable.Count == 0) return new FixOutcome(text, current, applied, originalFindings, findings, Converged: true);
            if (pass > MaxPasses) return new FixOutcome(text, current, applied, originalFindings, findings, Converged: false);
            var (next, taken) = FixApplier.Apply(new SourceText(current), fixable.Select(f => f.Fix!).ToList());
            if (string.Equals(next, current, StringComparison.Ordinal)) return new FixOutcome(text, current, applied, originalFindings, findings, Converged: true);
            applied.AddRange(taken.Select(i => new AppliedFix(fixable[i].RuleId, fixable[i].Fix!.Description, fixable[i].Span.Line, pass)));

            current = next;
            findings = lint(current);
        }
    }
}
