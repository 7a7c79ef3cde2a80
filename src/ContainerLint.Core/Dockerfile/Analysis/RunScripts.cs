namespace ContainerLint.Core.Dockerfile.Analysis;

using System.Text;
using ContainerLint.Core.Model;
using ContainerLint.Core.Shell;

/// <summary>Finds the shell of a RUN and the POSIX scripts it executes, in every form.</summary>
internal static class RunScripts
{
    /// <summary>
    /// The shell of a RUN at <paramref name="position"/> in <paramref name="stage"/>: the last SHELL before it in the stage,
    /// else in its base stages; else <c>cmd</c> for a Windows base image, else <c>/bin/sh -c</c>.
    /// </summary>
    public static RunShell ShellAt(Stage stage, int position) =>
        ShellInstructionAt(stage, position) is { } shell ? ShellOf(shell) : DefaultShell(stage);

    /// <summary>The SHELL instruction in effect at <paramref name="position"/> (see <see cref="ShellAt"/>), or null when the default shell runs.</summary>
    public static Instruction? ShellInstructionAt(Stage stage, int position)
    {
        Instruction? own = null;
        foreach (var s in stage.OfKind(InstructionKind.Shell))
        {
            if (s.Index < position) own = s;
        }

        if (own is null)
        {
            var chain = stage.SelfAndBaseStages();
            for (var n = 1; n < chain.Count; n++)
            {
                var shells = chain[n].OfKind(InstructionKind.Shell);
                if (shells.Count > 0)
                {
                    own = shells[^1];
                    break;
                }
            }
        }

        return own is not null && own.IsJsonForm && own.Arguments.Count > 0 ? own : null;
    }

    /// <summary>The shell a SHELL instruction (JSON form, at least one word) sets.</summary>
    public static RunShell ShellOf(Instruction shell)
    {
        var args = shell.Arguments;
        var argv = new string[args.Count];
        for (var i = 0; i < argv.Length; i++) argv[i] = args[i].Value;
        return new RunShell(argv, RunShell.KindOf(argv[0]), true);
    }

    /// <summary>The shell without SHELL: <c>cmd</c> for a Windows base image, else <c>/bin/sh -c</c>.</summary>
    public static RunShell DefaultShell(Stage stage) => IsWindowsImage(stage) ? RunShell.WindowsDefault : RunShell.PosixDefault;

    /// <summary>True when the stage (or its base stages) is built from a Windows image (<see cref="Images.ImageDefaults.IsWindows(Images.ImageReference)"/>).</summary>
    public static bool IsWindowsImage(Stage stage)
    {
        var chain = stage.SelfAndBaseStages();
        var root = chain[^1];
        return root.Image is { } image ? Images.ImageDefaults.IsWindows(image) : !root.IsScratch && Images.ImageDefaults.IsWindows(root.BaseImage.Value);
    }

    /// <summary>The POSIX scripts a RUN executes under <paramref name="shell"/>.</summary>
    public static IReadOnlyList<RunScript> For(Instruction run, RunShell shell)
    {
        if (run.IsJsonForm) return ExecForm(run) is { } exec ? [exec] : [];
        if (!shell.IsPosix) return [];
        var line = ShellScript.Parse(run.Rest);
        var scripts = new List<RunScript> { new(run, line, shell) };
        foreach (var heredoc in run.Heredocs)
        {
            if (HeredocShell(line, heredoc, shell) is not { } bodyShell) continue;
            // <<- strips leading tabs; blank them instead so offsets still map to the file.
            var body = ShellScript.Parse(heredoc.Chomp ? BlankLeadingTabs(heredoc.Content) : heredoc.Content);
            scripts.Add(new RunScript(run, body, bodyShell, ScriptOrigin.Heredoc, heredoc.MapSpan));
        }

        return scripts;
    }

    /// <summary>
    /// The shell that runs a heredoc body: the body itself when the RUN is only heredoc markers (its shebang picks the
    /// interpreter), or a POSIX shell reading it from standard input (<c>RUN bash &lt;&lt;EOF</c>); null when another
    /// program consumes it (<c>python3 &lt;&lt;EOF</c>, <c>cat &gt; f &lt;&lt;EOF</c>).
    /// </summary>
    public static RunShell? HeredocShell(ShellScript line, Heredoc heredoc, RunShell shell)
    {
        var consumer = line.Commands.FirstOrDefault(c => c.Redirections.Any(r => r.IsHeredoc && r.Target is { } t && t.Value.Trim('\'', '"') == heredoc.Name));
        if (consumer is null || consumer.ProgramName is null)
        {
            var first = heredoc.Content.AsSpan().TrimStart();
            if (first.StartsWith("#!"))
            {
                var nl = first.IndexOfAny('\n', '\r');
                var shebang = first[2..(nl >= 0 ? nl : first.Length)].ToString().Trim();
                var parts = shebang.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var program = parts.Length == 0 ? "" : RunShell.ProgramBase(parts[0]);
                if (program == "env" && parts.Length > 1) program = RunShell.ProgramBase(parts[^1]);
                return RunShell.IsPosixShell(program) ? new RunShell(parts, ShellKind.Posix, true) : null;
            }

            return shell;
        }

        if (RunShell.IsPosixShell(consumer.ProgramName) && !consumer.HasFlag("-c")) return new RunShell([consumer.ProgramName], ShellKind.Posix, true);
        return null;
    }

    private static string BlankLeadingTabs(string text)
    {
        var chars = text.ToCharArray();
        var lineStart = true;
        for (var i = 0; i < chars.Length; i++)
        {
            if (lineStart && chars[i] == '\t') chars[i] = ' ';
            else lineStart = chars[i] == '\n';
        }

        return new string(chars);
    }

    /// <summary>
    /// Exec form: the <c>-c</c> script of a POSIX shell (<c>["sh", "-c", "…"]</c>, <c>["bash", "-o", "pipefail", "-c", "…"]</c>);
    /// nothing for PowerShell/cmd; else the argv as one command, each element single-quoted so it stays one word.
    /// </summary>
    private static RunScript? ExecForm(Instruction run)
    {
        var args = run.Arguments;
        if (args.Count == 0) return null;
        var kind = RunShell.KindOf(args[0].Value);
        if (kind is ShellKind.PowerShell or ShellKind.Cmd) return null;
        if (kind == ShellKind.Posix)
        {
            for (var i = 1; i + 1 < args.Count; i++)
            {
                if (args[i].Value != "-c") continue;
                var code = args[i + 1];
                var precise = code.Span.Line == code.Span.EndLine && code.Span.EndColumn - code.Span.Column == code.Value.Length + 2;
                var argv = args.Take(i).Select(a => a.Value).ToArray();
                return new RunScript(run, ShellScript.Parse(code.Value), new RunShell(argv, ShellKind.Posix, true), ScriptOrigin.ExecShellScript, (s, e) => precise
                    ? new SourceSpan(code.Span.Line, code.Span.Column + 1 + s, code.Span.Line, code.Span.Column + 1 + Math.Max(s, e))
                    : code.Span);
            }
        }

        var sb = new StringBuilder();
        var ranges = new List<(int Start, int End, SourceSpan Span)>(args.Count);
        foreach (var a in args)
        {
            if (sb.Length > 0) sb.Append(' ');
            var start = sb.Length;
            sb.Append('\'').Append(a.Value.Replace("'", "'\\''", StringComparison.Ordinal)).Append('\'');
            ranges.Add((start, sb.Length, a.Span));
        }

        var argvShell = new RunShell(args.Select(a => a.Value).ToArray(), ShellKind.Other, true);
        return new RunScript(run, ShellScript.Parse(sb.ToString()), argvShell, ScriptOrigin.ExecArgv, (s, e) =>
        {
            foreach (var r in ranges)
            {
                if (s >= r.Start && s < r.End) return r.Span;
            }

            return run.RestSpan;
        });
    }
}
