namespace ContainerLint.Core.Configuration;

using System.Collections.Frozen;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;

/// <summary>
/// A setting that tried to turn off or lower an enforced rule and was ignored (reported as CL0018 at <see cref="Span"/>
/// of <see cref="Path"/>): a nested <c>.containerlint.yaml</c>, an <c>.editorconfig</c> line or a project file's MSBuild property.
/// </summary>
/// <param name="RuleId">The enforced rule.</param>
/// <param name="Path">Full path of the file holding the setting.</param>
/// <param name="Span">Where the setting is written (the file's start when unknown, as for MSBuild properties).</param>
/// <param name="EnforcedBy">The root configuration that enforces the rule, as <see cref="Enforcement.Shown"/> writes it.</param>
public sealed record PolicyViolation(string RuleId, string Path, SourceSpan Span, string EnforcedBy);

/// <summary>
/// Applies the root configuration's <c>enforce:</c> list to a file's merged configuration. An enforced rule runs whatever
/// the policy below says, at no lower level than the root gives it (its <c>severity:</c> there, or the rule's default);
/// a nested file or project property that disables or lowers it is recorded as a <see cref="PolicyViolation"/> and has
/// no effect. Raising an enforced rule is allowed. The command line is the operator's: <c>--disable</c> and
/// <c>--severity</c> still win, as they win over the root file itself.
/// </summary>
public static class Enforcement
{
    /// <summary>The level each enforced rule of <paramref name="root"/> runs at, at least.</summary>
    public static FrozenDictionary<string, Severity> Levels(ConfigurationFile root, RuleCatalog catalog) =>
        root.Enforce.Distinct(StringComparer.Ordinal).ToFrozenDictionary(
            id => id,
            id => root.Severity.TryGetValue(id, out var level) ? level : catalog.Get(id).DefaultSeverity,
            StringComparer.Ordinal);

    /// <summary>A root configuration's path as messages show it: relative to the repository root (<c>/</c> separators), or its file name outside one.</summary>
    public static string Shown(string rootPath)
    {
        var folder = System.IO.Path.GetDirectoryName(rootPath) ?? ".";
        var repository = ConfigurationResolver.RepositoryRoot(folder);
        return repository is null ? System.IO.Path.GetFileName(rootPath) : System.IO.Path.GetRelativePath(repository, rootPath).Replace('\\', '/');
    }

    public static LintConfiguration Apply(LintConfiguration merged, ConfigurationFile? file, ConfigurationFile root, ConfigurationOverrides overrides, RuleCatalog catalog)
    {
        var levels = Levels(root, catalog);
        if (levels.Count == 0) return merged;
        var shown = Shown(root.Path);
        var nested = file is not null && !string.Equals(file.Path, root.Path, StringComparison.Ordinal) ? file : null;
        var violations = new List<PolicyViolation>();
        var disabled = new HashSet<string>(merged.Disabled, StringComparer.Ordinal);
        var enabled = new HashSet<string>(merged.Enabled, StringComparer.Ordinal);
        var severities = new Dictionary<string, Severity>(merged.SeverityOverrides, StringComparer.Ordinal);
        foreach (var (id, level) in levels.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (nested is not null)
            {
                if (nested.Disable.Contains(id, StringComparer.Ordinal)) violations.Add(new(id, nested.Path, nested.RuleSpans["disable:" + id], shown));
                if (nested.Severity.TryGetValue(id, out var own) && own < level) violations.Add(new(id, nested.Path, nested.RuleSpans["severity:" + id], shown));
            }

            if (overrides.ProjectFile is { } project
                && (overrides.Disable.Contains(id, StringComparer.Ordinal) || (overrides.Severity.TryGetValue(id, out var property) && property < level)))
            {
                violations.Add(new(id, project, SourceSpan.FileStart, shown));
            }

            var byOperator = overrides.ProjectFile is null;
            if (byOperator && overrides.Disable.Contains(id, StringComparer.Ordinal)) continue;
            disabled.Remove(id);
            enabled.Add(id);
            if (byOperator && overrides.Severity.TryGetValue(id, out var chosen)) severities[id] = chosen;
            else if (!severities.TryGetValue(id, out var current) || current < level) severities[id] = level;
        }

        return merged with
        {
            Disabled = disabled.ToFrozenSet(StringComparer.Ordinal),
            Enabled = enabled.ToFrozenSet(StringComparer.Ordinal),
            SeverityOverrides = severities.ToFrozenDictionary(StringComparer.Ordinal),
            Enforced = levels,
            EnforcedBy = shown,
            PolicyViolations = violations,
        };
    }
}
