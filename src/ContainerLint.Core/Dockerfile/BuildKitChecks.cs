namespace ContainerLint.Core.Dockerfile;

using System.Text.RegularExpressions;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;

/// <summary>
/// What BuildKit does with a parsed Dockerfile before it builds anything (its <c>instructions.Parse</c> and
/// <c>dockerfile2llb</c>): the parser accepts these files, the build then refuses them. CL0014: an instruction whose
/// arguments BuildKit rejects (<c>FROM</c> without an image, <c>FROM a b</c>, an invalid stage name, <c>COPY</c>
/// without a destination, <c>SHELL</c> not in JSON form, …); CL0015: no <c>FROM</c> at all, so no build stage. And
/// CL0016, which BuildKit builds but not as the author meant: text that starts like a JSON (exec) form array but is
/// not valid JSON is run as a shell command (RUN, CMD, ENTRYPOINT) or split at whitespace (COPY, ADD, VOLUME).
/// </summary>
public static partial class BuildKitChecks
{
    /// <summary>Every check over the top-level instructions of a successfully parsed file, in file order (a list made only for a finding).</summary>
    public static IReadOnlyList<DockerfileDiagnostic> Check(IReadOnlyList<Instruction> instructions)
    {
        List<DockerfileDiagnostic>? found = null;
        var sawFrom = false;
        for (var n = 0; n < instructions.Count; n++)
        {
            var instruction = instructions[n];
            sawFrom |= instruction.Kind == InstructionKind.From;
            if (RefusedArguments(instruction) is { } refusal) (found ??= []).Add(refusal);
            if (InvalidJsonForm(instruction) is { } json) (found ??= []).Add(json);
            if (instruction.OnBuild is { } trigger && InvalidJsonForm(trigger) is { } triggerJson) (found ??= []).Add(triggerJson);
        }

        if (!sawFrom && instructions.Count > 0)
        {
            var first = instructions[0];
            (found ??= []).Add(new DockerfileDiagnostic(DiagnosticIds.NoBuildStage, first.KeywordSpan, "dockerfile contains no stages to build", false));
        }

        return found ?? (IReadOnlyList<DockerfileDiagnostic>)[];
    }

    [GeneratedRegex("^[a-z][a-z0-9-_.]*$", RegexOptions.CultureInvariant)]
    private static partial Regex StageName();

    /// <summary>BuildKit's argument checks of one instruction (<c>parseFrom</c>, <c>parseCopy</c>, <c>parseShell</c>, …), or null.</summary>
    private static DockerfileDiagnostic? RefusedArguments(Instruction i)
    {
        var args = i.Arguments;
        var problem = i.Kind switch
        {
            InstructionKind.From => FromProblem(i),
            InstructionKind.Add or InstructionKind.Copy when args.Count < 2 =>
                $"{i.Name} needs a source and a destination ({i.Name} <src>... <dest>)",
            InstructionKind.User or InstructionKind.Workdir or InstructionKind.Stopsignal or InstructionKind.Maintainer when args.Count == 0 =>
                $"{i.Name} needs exactly one argument",
            InstructionKind.Onbuild when i.OnBuild is null => "ONBUILD needs an instruction to run later",
            InstructionKind.Expose or InstructionKind.Volume or InstructionKind.Arg or InstructionKind.Env or InstructionKind.Label
                or InstructionKind.Healthcheck or InstructionKind.Shell when args.Count == 0 =>
                $"{i.Name} needs at least one argument",
            InstructionKind.Volume when args.Any(a => a.Value.Trim().Length == 0) => "VOLUME names an empty path",
            InstructionKind.Shell when !i.IsJsonForm => "SHELL must be a JSON array, e.g. SHELL [\"/bin/bash\", \"-c\"]",
            InstructionKind.Healthcheck => HealthcheckProblem(i),
            _ => null,
        };
        if (problem is null) return null;
        var span = i.RestLength > 0 ? i.RestSpan : i.KeywordSpan;
        return new DockerfileDiagnostic(DiagnosticIds.RefusedInstruction, span, problem, false, problem);
    }

    /// <summary><c>parseBuildStageName</c>: FROM takes an image, or an image, AS and a stage name.</summary>
    private static string? FromProblem(Instruction i)
    {
        var args = i.Arguments;
        if (args.Count == 0) return "FROM names no image (write FROM <image> [AS <name>])";
        if (args.Count == 3 && args[1].Value.Equals("as", StringComparison.OrdinalIgnoreCase))
        {
            var name = args[2].Value;
            return StageName().IsMatch(name.ToLowerInvariant())
                ? null
                : $"'{name}' is not a valid stage name (start with a letter; use only letters, digits, '-', '_' and '.')";
        }

        if (args.Count == 1) return null;
        return $"FROM takes an image and optionally AS <name>, not the {args.Count} words '{i.Rest}' (a comment must be on a line of its own)";
    }

    /// <summary><c>parseHealthcheck</c>: CMD with a command, or NONE alone.</summary>
    private static string? HealthcheckProblem(Instruction i) => i.Arguments[0].Value.ToUpperInvariant() switch
    {
        "NONE" => i.Arguments.Count > 1 ? "HEALTHCHECK NONE takes no arguments" : null,
        "CMD" => i.Arguments.Count < 2 ? "HEALTHCHECK CMD needs a command" : null,
        _ => $"'{i.Arguments[0].Value}' is not a HEALTHCHECK type (use CMD or NONE)",
    };

    /// <summary>Text after the keyword that was meant as the JSON (exec) form but is not valid JSON, where BuildKit reads that form.</summary>
    private static DockerfileDiagnostic? InvalidJsonForm(Instruction i)
    {
        if (i.IsJsonForm) return null;
        var healthcheck = i.Kind == InstructionKind.Healthcheck && i.Arguments.Count > 1 && i.Arguments[0].Value.Equals("CMD", StringComparison.OrdinalIgnoreCase);
        var shell = i.Kind is InstructionKind.Run or InstructionKind.Cmd or InstructionKind.Entrypoint || healthcheck;
        if (!shell && i.Kind is not (InstructionKind.Add or InstructionKind.Copy or InstructionKind.Volume)) return null;
        if (!healthcheck && i.RestFirstChar != '[') return null; // the usual instruction: its text is not cut for this
        var text = healthcheck ? i.Arguments[1].Value : i.Rest;
        if (!MeantAsJson(text)) return null;
        var span = healthcheck ? i.Arguments[1].Span : i.RestSpan;
        var fallback = shell
            ? "runs it as a shell command ('" + Shorten(text) + "')"
            : "splits it at whitespace into " + Shorten(string.Join(" ", i.Arguments.Select(a => "'" + a.Value + "'")));
        return new DockerfileDiagnostic(DiagnosticIds.InvalidJsonForm, span, $"{i.Name} is not valid JSON", false, i.Name, JsonReason(text), fallback);
    }

    /// <summary>Whether CL0016 reports this instruction: meant as the JSON (exec) form, but not valid JSON.</summary>
    internal static bool IsInvalidJsonForm(Instruction instruction) => InvalidJsonForm(instruction) is not null;

    /// <summary>
    /// Whether text starting with '[' was meant as a JSON array rather than shell: its first non-blank character after the
    /// '[' is a quote (or ']'), and either no blank separates them (the shell's test command <c>[</c> needs one) or the
    /// first quoted word is followed by a comma (<c>[ "a", "b"</c>; a test such as <c>[ "$A" = "b" ]</c> has none).
    /// PowerShell's <c>[Net.ServicePointManager]::…</c> starts with a letter and is not reported.
    /// </summary>
    private static bool MeantAsJson(string text)
    {
        if (!text.StartsWith('[')) return false; // the usual shell command, without a regex match
        var m = JsonStart().Match(text);
        return m.Success && (m.Groups[1].Length == 0 || m.Groups[2].Value == "]" || JsonStartWithComma().IsMatch(text));
    }

    [GeneratedRegex("^\\[(\\s*)([\"'\u201C\u201D\u2018\u2019\\]])", RegexOptions.CultureInvariant)]
    private static partial Regex JsonStart();

    [GeneratedRegex("^\\[\\s*[\"'\u201C\u201D\u2018\u2019][^\"'\u201C\u201D\u2018\u2019]*[\"'\u201C\u201D\u2018\u2019]\\s*,", RegexOptions.CultureInvariant)]
    private static partial Regex JsonStartWithComma();

    /// <summary>The first reason, scanning left to right, that an exec-form array is not JSON, in words. Linear, no recursion.</summary>
    private static string JsonReason(string text)
    {
        if (text.AsSpan().IndexOfAny("\u201C\u201D\u2018\u2019") >= 0) return "typographic quotes; JSON strings need straight double quotes";
        if (!text.Contains('"', StringComparison.Ordinal) && text.Contains('\'', StringComparison.Ordinal)) return "single quotes; JSON strings need double quotes";
        var depth = 0;
        var inString = false;
        var last = '\0';
        for (var p = 0; p < text.Length; p++)
        {
            var c = text[p];
            if (inString)
            {
                if (c == '\\')
                {
                    if (p + 1 < text.Length && "\"\\/bfnrtu".IndexOf(text[p + 1], StringComparison.Ordinal) < 0) return "a backslash that is not a JSON escape; write \\\\ for one backslash";
                    p++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (char.IsWhiteSpace(c)) continue;
            switch (c)
            {
                case '"' when last == '"':
                    return "a missing comma between two strings";
                case '"':
                    inString = true;
                    break;
                case '[':
                    depth++;
                    break;
                case ']' when last == ',':
                    return "a comma before the closing ]";
                case ']' when --depth == 0:
                    return text.AsSpan(p + 1).Trim().Length > 0 ? "text after the closing ]" : "not an array of strings";
            }

            last = c;
        }

        return inString ? "a string that is never closed" : "no closing ]";
    }

    /// <summary>At most 60 characters of a text quoted in a message.</summary>
    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
