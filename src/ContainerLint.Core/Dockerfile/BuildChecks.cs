namespace ContainerLint.Core.Dockerfile;

using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;

/// <summary>
/// BuildKit's build-check options, as <c># check=skip=…;error=…;experimental=…</c> (or the <c>BUILDKIT_DOCKERFILE_CHECK</c>
/// build argument) states them. Check names are case-sensitive, as in BuildKit.
/// </summary>
/// <param name="SkipAll"><c>skip=all</c>: no check reports (experimental ones aside).</param>
/// <param name="Skip">The checks named by <c>skip=</c>.</param>
/// <param name="ExperimentalAll"><c>experimental=all</c>: every experimental check runs.</param>
/// <param name="Experimental">The experimental checks turned on by <c>experimental=</c>.</param>
/// <param name="Error"><c>error=true</c>: a check that reports fails the build.</param>
public sealed record BuildCheckOptions(bool SkipAll, IReadOnlySet<string> Skip, bool ExperimentalAll, IReadOnlySet<string> Experimental, bool Error)
{
    public static BuildCheckOptions None { get; } = new(false, FrozenSet<string>.Empty, false, FrozenSet<string>.Empty, false);

    /// <summary>True when the options silence <paramref name="check"/> (skip applies to non-experimental checks only).</summary>
    public bool Skips(string check) => !BuildChecks.IsExperimental(check) && (SkipAll || Skip.Contains(check));

    /// <summary>True when the options turn the experimental <paramref name="check"/> on.</summary>
    public bool Enables(string check) => ExperimentalAll || Experimental.Contains(check);

    /// <summary>
    /// Reads an option string with BuildKit's rules: at most three <c>;</c>-separated <c>key=value</c> parts, keys
    /// <c>skip</c>, <c>experimental</c> (comma lists or <c>all</c>) and <c>error</c> (a Go boolean). Returns null and a
    /// reason when BuildKit would refuse the string (and with it the build).
    /// </summary>
    public static BuildCheckOptions? Parse(string text, out string? error)
    {
        error = null;
        text = text.Trim();
        if (text.Length == 0) return None;
        bool skipAll = false, experimentalAll = false, errorOn = false;
        HashSet<string>? skip = null, experimental = null;
        // Go's strings.SplitN(s, ";", 3): the third part keeps any further semicolons.
        foreach (var part in text.Split(';', 3))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                error = $"invalid check option \"{part}\"";
                return null;
            }

            var key = part[..eq].Trim();
            var value = part[(eq + 1)..].Trim();
            switch (key)
            {
                case "skip":
                    if (value == "all") skipAll = true;
                    else skip = [.. value.Split(',').Select(v => v.Trim())];
                    break;
                case "experimental":
                    if (value == "all") experimentalAll = true;
                    else experimental = [.. value.Split(',').Select(v => v.Trim())];
                    break;
                case "error":
                    if (ParseGoBool(value) is not { } b)
                    {
                        error = $"failed to parse check option \"{part}\": \"{value}\" is not a boolean";
                        return null;
                    }

                    errorOn = b;
                    break;
                default:
                    error = $"invalid check option \"{key}\"";
                    return null;
            }
        }

        return new BuildCheckOptions(
            skipAll, skip?.ToFrozenSet(StringComparer.Ordinal) ?? FrozenSet<string>.Empty,
            experimentalAll, experimental?.ToFrozenSet(StringComparer.Ordinal) ?? FrozenSet<string>.Empty, errorOn);
    }

    // Go's strconv.ParseBool.
    private static bool? ParseGoBool(string v) => v switch
    {
        "1" or "t" or "T" or "true" or "TRUE" or "True" => true,
        "0" or "f" or "F" or "false" or "FALSE" or "False" => false,
        _ => null,
    };
}

/// <summary>
/// Docker's own build checks (<c>docker build --check</c>): which ContainerLint rules are which BuildKit check (the
/// catalog's <c>equivalents.buildkit</c>), and how a Dockerfile's check settings apply to them, so a Dockerfile tuned for
/// BuildKit lints the same here. <c>skip</c> drops those rules' findings for the file (or, in a comment right above an
/// instruction, for that instruction: Dockerfile 1.21), <c>error=true</c> makes their findings errors, <c>experimental</c>
/// turns experimental checks on. The <c>BUILDKIT_DOCKERFILE_CHECK</c> build argument replaces the file's directive, as in BuildKit.
/// </summary>
public static partial class BuildChecks
{
    /// <summary>The build argument that overrides the file's <c># check=</c> directive.</summary>
    public const string BuildArgument = "BUILDKIT_DOCKERFILE_CHECK";

    /// <summary>BuildKit's experimental checks: they run only when <c>experimental=</c> names them, and <c>skip</c> does not apply.</summary>
    private static readonly FrozenSet<string> ExperimentalChecks = FrozenSet.Create(StringComparer.Ordinal, "InvalidDefinitionDescription");

    private static readonly FrozenDictionary<string, string[]> ChecksOfRule = RuleCatalog.Default.Rules
        .Where(r => r.Equivalents.ContainsKey("buildkit"))
        .ToFrozenDictionary(r => r.Id, r => r.Equivalents["buildkit"].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);

    /// <summary>Every BuildKit check a rule implements, by check name, with the ids of those rules.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> RulesByCheck { get; } = ChecksOfRule
        .SelectMany(p => p.Value.Select(check => (Check: check, Rule: p.Key)))
        .GroupBy(x => x.Check, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => x.Rule).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    public static bool IsExperimental(string check) => ExperimentalChecks.Contains(check);

    /// <summary>The BuildKit check a hit of <paramref name="ruleId"/> is: the rule's one check, or the one the hit names; else null.</summary>
    public static string? CheckOf(string ruleId, RuleHit hit)
    {
        if (!ChecksOfRule.TryGetValue(ruleId, out var checks)) return null;
        if (checks.Length == 1) return checks[0];
        return hit.BuildCheck is { } named && Array.IndexOf(checks, named) >= 0 ? named : null;
    }

    /// <summary>
    /// What the Dockerfile's check settings mean for its lint under <paramref name="configuration"/>: null when it has none.
    /// An explicit severity of the configuration wins over <c>error=true</c>.
    /// </summary>
    public static FileRulePolicy? PolicyFor(DockerfileDocument document, LintConfiguration configuration)
    {
        var diagnostics = new List<RuleHit>();
        var options = FileOptions(document, configuration, diagnostics);
        var local = InstructionOptions(document);
        if (options is null && local.Count == 0 && diagnostics.Count == 0) return null;
        options ??= BuildCheckOptions.None;

        var effective = configuration;
        if (options.ExperimentalAll || options.Experimental.Count > 0)
        {
            var enabled = new HashSet<string>(configuration.Enabled, StringComparer.Ordinal);
            foreach (var (check, rules) in RulesByCheck)
            {
                if (IsExperimental(check) && options.Enables(check)) enabled.UnionWith(rules);
            }

            effective = effective with { Enabled = enabled };
        }

        if (options.Error)
        {
            var severities = new Dictionary<string, Severity>(configuration.SeverityOverrides, StringComparer.Ordinal);
            // Only checks BuildKit runs fail its build: an experimental one the file did not turn on stays at its level.
            foreach (var (rule, checks) in ChecksOfRule)
            {
                if (checks.Any(c => !IsExperimental(c) || options.Enables(c))) severities.TryAdd(rule, Severity.Error);
            }

            effective = effective with { SeverityOverrides = severities };
        }

        bool Keeps(string ruleId, RuleHit hit)
        {
            if (CheckOf(ruleId, hit) is not { } check) return true;
            if (options.Skips(check)) return false;
            return local.Count == 0 || OptionsAt(local, hit.Span.Line) is not { } here || !here.Skips(check);
        }

        return new FileRulePolicy(effective, Keeps) { Diagnostics = diagnostics };
    }

    /// <summary>The file-wide options: the build argument if given (it replaces the directive), else the <c># check=</c> directive.</summary>
    private static BuildCheckOptions? FileOptions(DockerfileDocument document, LintConfiguration configuration, List<RuleHit> diagnostics)
    {
        if (configuration.BuildArgs.TryGetValue(BuildArgument, out var argument))
        {
            var parsed = BuildCheckOptions.Parse(argument, out var error);
            if (parsed is null) diagnostics.Add(new RuleHit(SourceSpan.FileStart, $"in the {BuildArgument} build argument", error!) { RuleIdOverride = DiagnosticIds.InvalidCheckDirective });
            return parsed;
        }

        if (document.GetDirective("check") is not { } directive) return null;
        // BuildKit reads the directive's value up to the first space.
        var value = FirstWord(directive.Value);
        var options = BuildCheckOptions.Parse(value, out var reason);
        if (options is null) diagnostics.Add(new RuleHit(directive.ValueSpan, $"'{directive.Value}'", reason!) { RuleIdOverride = DiagnosticIds.InvalidCheckDirective });
        return options;
    }

    /// <summary>
    /// Instructions with a <c># check=</c> comment among the comments right above them (BuildKit 1.21): their first such
    /// comment applies to that instruction only; one BuildKit cannot parse is ignored, as BuildKit does.
    /// </summary>
    private static List<(int StartLine, int EndLine, BuildCheckOptions Options)> InstructionOptions(DockerfileDocument document)
    {
        var result = new List<(int, int, BuildCheckOptions)>();
        foreach (var instruction in document.Instructions)
        {
            var comments = instruction.PrecedingComments;
            for (var n = 0; n < comments.Count; n++)
            {
                // The directive's name starts the text: only a comment starting "check" can match (and its text is made).
                if (!comments.Comment(n).TextSpan.StartsWith("check", StringComparison.OrdinalIgnoreCase)) continue;
                var m = DirectiveComment().Match(comments[n]);
                if (!m.Success || !m.Groups[1].Value.Equals("check", StringComparison.OrdinalIgnoreCase)) continue;
                if (BuildCheckOptions.Parse(FirstWord(m.Groups[2].Value), out _) is { } options) result.Add((instruction.StartLine, instruction.EndLine, options));
                break;
            }
        }

        return result;
    }

    private static BuildCheckOptions? OptionsAt(List<(int StartLine, int EndLine, BuildCheckOptions Options)> local, int line)
    {
        foreach (var (start, end, options) in local)
        {
            if (line >= start && line <= end) return options;
        }

        return null;
    }

    private static string FirstWord(string value)
    {
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        return space >= 0 ? value[..space] : value;
    }

    // BuildKit's directive syntax: name = value.
    [GeneratedRegex(@"^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$")]
    private static partial Regex DirectiveComment();
}
