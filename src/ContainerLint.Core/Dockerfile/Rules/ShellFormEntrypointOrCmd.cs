namespace ContainerLint.Core.Dockerfile.Rules;

using System.Text;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1059: CMD/ENTRYPOINT of the final image in shell form: <c>/bin/sh -c</c> becomes PID 1 and the
/// program never sees SIGTERM. Silent when the command starts with <c>exec</c> or the stage chose a SHELL.
/// </summary>
public sealed class ShellFormEntrypointOrCmd : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.ShellFormEntrypointOrCmd;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        // Windows runs a shell-form command under cmd /S /C and has no SIGTERM: the advice is about Linux.
        if (facts.Final is not { IsWindows: false } final) return;
        var bash = final.Chain[^1].Image is { } root && Images.ImageDefaults.ShellIsBash(root);
        foreach (var stage in final.Chain)
        {
            if (stage.OfKind(InstructionKind.Shell).Any()) continue;
            foreach (var i in stage.Instructions)
            {
                if (i.Kind is not (InstructionKind.Cmd or InstructionKind.Entrypoint)) continue;
                if (i.IsJsonForm || i.Rest.Length == 0 || i.Heredocs.Count > 0) continue;
                // Meant as JSON but not valid JSON: CL0016 says so; "use the JSON form" would be wrong advice.
                if (BuildKitChecks.IsInvalidJsonForm(i)) continue;
                var words = i.Rest.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                if (words[0] == "exec") continue;
                // bash replaces itself with a lone simple command: the program is PID 1 and gets the signals.
                if (bash && IsOneSimpleCommand(i.Rest)) continue;
                var hit = new RuleHit(i.RestSpan, i.Name, i.Rest);
                if (IsTrivial(i.Rest) && i.RestSpan.Line == i.RestSpan.EndLine && !final.IsWindows && !Combined(final, i))
                {
                    hit = hit with { Fix = new Fix($"Write {i.Name} in JSON (exec) form", i.RestSpan, Json(words)) };
                }

                hits.Add(hit);
            }
        }
    }

    /// <summary>One command, no list, pipe, redirection, subshell or substitution (variables are fine).</summary>
    private static bool IsOneSimpleCommand(string text) => text.IndexOfAny(";&|<>()`\n".ToCharArray()) < 0;

    /// <summary>
    /// True when the other of CMD and ENTRYPOINT is written in the image's stages: with an ENTRYPOINT, a shell-form CMD is
    /// passed to it as <c>/bin/sh -c "…"</c>, and a shell-form ENTRYPOINT ignores CMD where the exec form would append it,
    /// so rewriting either would change the command the container runs. (An ENTRYPOINT resets the CMD it inherits.)
    /// </summary>
    private static bool Combined(FinalImage final, Instruction i)
    {
        var other = i.Kind == InstructionKind.Cmd ? InstructionKind.Entrypoint : InstructionKind.Cmd;
        return final.Chain.Any(s => s.OfKind(other).Any());
    }

    /// <summary>Splits into words without changing meaning: no quotes, escapes, variables, globs or operators.</summary>
    private static bool IsTrivial(string text) => text.IndexOfAny("\"'\\$`|&;<>()*?[]{}~#\n\r!=".ToCharArray()) < 0;

    private static string Json(IEnumerable<string> words)
    {
        var sb = new StringBuilder("[");
        foreach (var w in words)
        {
            if (sb.Length > 1) sb.Append(", ");
            sb.Append('"').Append(w).Append('"');
        }

        return sb.Append(']').ToString();
    }
}
