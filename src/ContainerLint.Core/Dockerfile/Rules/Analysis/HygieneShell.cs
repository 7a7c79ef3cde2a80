namespace ContainerLint.Core.Dockerfile.Rules.Analysis;

using ContainerLint.Core.Model;
using ContainerLint.Core.Shell;

/// <summary>The shell a RUN runs under, from the stage's SHELL instruction (or its base stages') and the base image.</summary>
/// <param name="Argv">The SHELL argv, or the default <c>/bin/sh -c</c>.</param>
/// <param name="IsWindows">PowerShell or cmd (an explicit SHELL, or a Windows base image without one): POSIX rules do not apply.</param>
/// <param name="IsExplicit">True when a SHELL instruction set it.</param>
internal sealed record RunShell(IReadOnlyList<string> Argv, bool IsWindows, bool IsExplicit)
{
    /// <summary>True when the SHELL turns pipefail on (<c>["/bin/bash", "-o", "pipefail", "-c"]</c>, <c>-euo pipefail</c>).</summary>
    public bool SetsPipefail
    {
        get
        {
            for (var i = 0; i + 1 < Argv.Count; i++)
            {
                var a = Argv[i];
                if (a.Length >= 2 && a[0] == '-' && a.AsSpan(1).IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyz") < 0 && a.Contains('o', StringComparison.Ordinal) && Argv[i + 1] == "pipefail") return true;
            }

            return false;
        }
    }
}

/// <summary>Finds the shell scripts of every RUN, stage by stage, honouring SHELL, Windows images, exec form and heredocs.</summary>
internal static class HygieneShell
{
    private static readonly string[] PosixShells = ["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "busybox"];

    /// <summary>Every shell script of every RUN in every stage (POSIX shells only; PowerShell/cmd RUNs and exec form are skipped).</summary>
    public static IEnumerable<RunScript> PosixScripts(StageGraph graph) => graph.PosixScripts(static g => ComputePosixScripts(g).ToArray());

    private static IEnumerable<RunScript> ComputePosixScripts(StageGraph graph)
    {
        foreach (var stage in graph.Stages)
        {
            foreach (var run in stage.OfKind(InstructionKind.Run))
            {
                foreach (var script in Scripts(stage, run))
                {
                    yield return script;
                }
            }
        }
    }

    /// <summary>The POSIX shell scripts of one RUN (none for exec form, PowerShell or cmd).</summary>
    public static IEnumerable<RunScript> Scripts(Stage stage, Instruction run) => stage.PosixScripts(run, static (s, r) => ComputeScripts(s, r).ToArray());

    private static IEnumerable<RunScript> ComputeScripts(Stage stage, Instruction run)
    {
        if (run.IsJsonForm) yield break;
        var shell = ShellAt(stage, run);
        if (shell.IsWindows) yield break;
        var line = run.ParseShell(run.Rest);
        yield return new RunScript(run, stage, line, shell, run.MapSpan);

        foreach (var heredoc in run.Heredocs)
        {
            var bodyShell = HeredocShell(line, heredoc, shell);
            if (bodyShell is null) continue;
            // <<- strips leading tabs; blank them instead so offsets still map to the file.
            var script = run.ParseShell(heredoc.Chomp ? BlankLeadingTabs(heredoc.Content) : heredoc.Content);
            yield return new RunScript(run, stage, script, bodyShell, heredoc.MapSpan);
        }
    }

    private static string BlankLeadingTabs(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "(?m)^\t+", m => new string(' ', m.Length));

    /// <summary>
    /// The shell that runs a heredoc body: the body itself when the RUN is only heredoc markers
    /// (its shebang picks the interpreter), or a POSIX shell reading it from standard input
    /// (<c>RUN bash &lt;&lt;EOF</c>); null when another program consumes it (<c>python3 &lt;&lt;EOF</c>, <c>cat &gt; f &lt;&lt;EOF</c>).
    /// </summary>
    internal static RunShell? HeredocShell(ShellScript line, Heredoc heredoc, RunShell shell)
    {
        var consumer = line.Commands.FirstOrDefault(c => c.Redirections.Any(r => r.IsHeredoc && r.Target is { } t && StripQuotes(t.Value) == heredoc.Name));
        if (consumer is null || consumer.ProgramName is null)
        {
            // RUN <<EOF: BuildKit runs the body as a script; a shebang picks its interpreter.
            var first = heredoc.Content.AsSpan().TrimStart();
            if (first.StartsWith("#!"))
            {
                var nl = first.IndexOfAny('\n', '\r');
                var shebang = first[2..(nl >= 0 ? nl : first.Length)].ToString().Trim();
                var parts = shebang.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var program = parts.Length == 0 ? "" : ShellBase(parts[0]);
                if (program == "env" && parts.Length > 1) program = ShellBase(parts[^1]);
                return PosixShells.Contains(program) ? new RunShell(parts, false, true) : null;
            }

            return shell;
        }

        if (consumer.Is(PosixShells) && !consumer.HasFlag("-c")) return new RunShell([consumer.ProgramName], false, true);
        return null;
    }

    private static string StripQuotes(string s) => s.Trim('\'', '"');

    private static string ShellBase(string path) => path[(path.LastIndexOf('/') + 1)..];

    /// <summary>The shell of a RUN: the last SHELL before it in the stage, else in its base stages; else Windows cmd for a Windows base image, else /bin/sh.</summary>
    public static RunShell ShellAt(Stage stage, Instruction run)
    {
        var own = stage.OfKind(InstructionKind.Shell).LastOrDefault(s => s.Index < run.Index);
        own ??= stage.SelfAndBaseStages().Skip(1).Select(s => s.OfKind(InstructionKind.Shell).LastOrDefault()).FirstOrDefault(s => s is not null);
        if (own is not null && own.IsJsonForm && own.Arguments.Count > 0)
        {
            var argv = own.Arguments.Select(a => a.Value).ToArray();
            var program = ShellBase(argv[0].Replace('\\', '/')).ToLowerInvariant();
            if (program.EndsWith(".exe", StringComparison.Ordinal)) program = program[..^4];
            var windows = program is "powershell" or "pwsh" or "cmd";
            return new RunShell(argv, windows, true);
        }

        return new RunShell(["/bin/sh", "-c"], IsWindowsImage(stage), false);
    }

    /// <summary>True when the stage (or its base stages) is built from a Windows image (servercore, nanoserver, windows).</summary>
    public static bool IsWindowsImage(Stage stage)
    {
        var root = stage.SelfAndBaseStages().Last();
        var image = root.BaseImage.Value.ToLowerInvariant();
        return image.Contains("windows/servercore", StringComparison.Ordinal) || image.Contains("windows/nanoserver", StringComparison.Ordinal)
            || image.Contains("mcr.microsoft.com/windows", StringComparison.Ordinal) || image.Contains("nanoserver", StringComparison.Ordinal)
            || image.Contains("windowsservercore", StringComparison.Ordinal) || image.Contains("servercore", StringComparison.Ordinal);
    }

    /// <summary>The targets of the RUN's cache and tmpfs mounts.</summary>
    public static IEnumerable<string> CacheMountTargets(Instruction run)
    {
        foreach (var mount in run.GetFlags("mount"))
        {
            if (mount.Value is not { } value) continue;
            string? type = null;
            string? target = null;
            foreach (var part in value.Split(','))
            {
                var eq = part.IndexOf('=', StringComparison.Ordinal);
                if (eq < 0) continue;
                var key = part[..eq].Trim().ToLowerInvariant();
                var v = part[(eq + 1)..].Trim().Trim('"', '\'');
                if (key == "type") type = v.ToLowerInvariant();
                else if (key is "target" or "dst" or "destination") target = v;
            }

            if (type is "cache" or "tmpfs" && target is not null) yield return target;
        }
    }

    /// <summary>True for commands that run in a subshell, substitution or function body (their <c>cd</c>/<c>set</c> does not persist).</summary>
    public static bool IsIsolated(ShellCommand command) =>
        command.Enclosing.Any(e => e is ShellConstruct.Subshell or ShellConstruct.CommandSubstitution or ShellConstruct.ProcessSubstitution or ShellConstruct.Function);
}
