namespace ContainerLint.Core.Dockerfile;

using System.Collections.Immutable;
using ContainerLint.Core.Model;
using ContainerLint.Core.Shell;

/// <summary>Where a variable came from.</summary>
public enum VariableSource
{
    /// <summary>An ARG (its default, or a build argument overriding it).</summary>
    Arg,

    /// <summary>An ENV of this stage or of a stage it is built FROM.</summary>
    Env,
}

/// <summary>A variable visible at some instruction. <see cref="Value"/> is null for an ARG declared without a default and without a build argument.</summary>
public sealed record ScopedVariable(string Name, string? Value, VariableSource Source, Instruction DefinedBy)
{
    /// <summary>True when the value came from <see cref="Configuration.LintConfiguration.BuildArgs"/>.</summary>
    public bool FromBuildArg { get; init; }
}

/// <summary>A word after BuildKit variable expansion.</summary>
/// <param name="Raw">The word as written.</param>
/// <param name="Value">The expanded word (quotes removed, unset variables empty, as BuildKit would).</param>
/// <param name="IsFullyResolved">False when a referenced variable is unknown (not declared, or an ARG without value) or the word is malformed.</param>
/// <param name="UnresolvedNames">The unknown variable names.</param>
/// <param name="Span">The word in the file.</param>
public sealed record ExpandedWord(string Raw, string Value, bool IsFullyResolved, IReadOnlyList<string> UnresolvedNames, SourceSpan Span)
{
    /// <summary>BuildKit's error text for a malformed word (<c>${X</c>), else null.</summary>
    public string? Error { get; init; }

    /// <summary>True when the word was left unexpanded at a limit of the file's <see cref="ExpansionBudget"/> (<see cref="Error"/> says which).</summary>
    public bool LimitExceeded { get; init; }

    /// <summary>True when expanding the word failed unexpectedly; the word is unresolved and the rest of the file is still linted.</summary>
    public bool Failed { get; init; }
}

/// <summary>
/// The variables visible at one instruction, per BuildKit: global ARGs (before the first FROM) for FROM lines;
/// inside a stage the ARGs declared in that stage (a bare <c>ARG X</c> picks up the global default or build
/// argument) and the ENVs of the stage and of the stages it is built FROM. ENV wins over ARG.
/// Immutable: each instruction keeps its own snapshot.
/// </summary>
public sealed class VariableScope
{
    private readonly VariableExpander _expander;
    private readonly ExpansionBudget _budget;

    // The Lookup delegate, made on the first expansion (a method group converted per Expand call allocated one each time).
    private Func<string, string?>? _lookup;

    internal VariableScope(ImmutableDictionary<string, ScopedVariable> variables, VariableExpander expander, ExpansionBudget budget)
    {
        Variables = variables;
        _expander = expander;
        _budget = budget;
    }

    /// <summary>An empty scope; every scope derived from it shares <paramref name="budget"/> (one per file and configuration).</summary>
    internal static VariableScope Empty(char escape, ExpansionBudget budget) =>
        new(ImmutableDictionary.Create<string, ScopedVariable>(StringComparer.Ordinal), new VariableExpander(escape), budget);

    public ImmutableDictionary<string, ScopedVariable> Variables { get; }

    /// <summary>The value of a variable, or null when unknown or declared without value.</summary>
    public string? Lookup(string name) => Variables.TryGetValue(name, out var v) ? v.Value : null;

    internal VariableScope With(ScopedVariable variable)
    {
        // ENV wins over ARG: an ARG of the same name does not hide an ENV set earlier.
        if (variable.Source == VariableSource.Arg && Variables.TryGetValue(variable.Name, out var existing) && existing.Source == VariableSource.Env) return this;
        return new VariableScope(Variables.SetItem(variable.Name, variable), _expander, _budget);
    }

    /// <summary>
    /// The scope with every variable of <paramref name="variables"/> set in order (ENV ones, which always win): one new
    /// dictionary and one scope for them all, not one of each per variable.
    /// </summary>
    internal VariableScope WithAll(IReadOnlyList<ScopedVariable> variables)
    {
        if (variables.Count == 0) return this;
        if (variables.Count == 1) return With(variables[0]);
        var builder = Variables.ToBuilder();
        for (var i = 0; i < variables.Count; i++)
        {
            var variable = variables[i];
            if (variable.Source == VariableSource.Arg && builder.TryGetValue(variable.Name, out var existing) && existing.Source == VariableSource.Env) continue;
            builder[variable.Name] = variable;
        }

        return new VariableScope(builder.ToImmutable(), _expander, _budget);
    }

    /// <summary>
    /// Expands a word the way BuildKit expands FROM, COPY, USER, WORKDIR… arguments. Never throws: a word past
    /// the file's expansion limits, or one whose expansion fails, is returned unresolved with the reason.
    /// </summary>
    public ExpandedWord Expand(string raw, SourceSpan span)
    {
        // Most words hold no variable, quote or escape: the word is its own value, with nothing to look up or charge.
        if (_expander.IsPlainWord(raw)) return new ExpandedWord(raw, raw, true, [], span);
        try
        {
            var r = _expander.ProcessValue(raw, _lookup ??= Lookup, _budget);
            return new ExpandedWord(raw, r.Value, r.Success && !r.HasUnresolved, r.UnresolvedNames, span) { Error = r.Error, LimitExceeded = r.LimitExceeded };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One word must not cost the file: it stays unresolved (no finding comes from it) and is reported on its own span.
            return new ExpandedWord(raw, string.Empty, false, [], span) { Error = ex.GetType().Name, Failed = true };
        }
    }

    /// <summary>Expands an instruction argument.</summary>
    public ExpandedWord Expand(InstructionArgument argument) => Expand(argument.Value, argument.Span);
}
