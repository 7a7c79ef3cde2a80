namespace ContainerLint.Core.Dockerfile.Analysis;

using ContainerLint.Core.Model;
using ContainerLint.Core.Shell;

/// <summary>Where a RUN's script comes from.</summary>
public enum ScriptOrigin
{
    /// <summary>The shell-form command line.</summary>
    CommandLine,

    /// <summary>A heredoc body that a shell runs (<c>RUN &lt;&lt;EOF</c>, <c>RUN bash &lt;&lt;EOF</c>).</summary>
    Heredoc,

    /// <summary>The <c>-c</c> script of an exec-form shell (<c>RUN ["sh", "-c", "…"]</c>).</summary>
    ExecShellScript,

    /// <summary>An exec-form argv run directly (<c>RUN ["apt-get", "install", "-y", "curl"]</c>), read as one command.</summary>
    ExecArgv,

    /// <summary>
    /// The commands of a PowerShell or cmd RUN, found by the Windows readers (<see cref="WindowsRun"/>), each read as one
    /// argv like <see cref="ExecArgv"/>: cmdlets under their lower-case names (<c>invoke-webrequest</c>), programs under
    /// their base names (<c>curl</c> for <c>curl.exe</c>).
    /// </summary>
    WindowsCommand,
}

/// <summary>
/// One POSIX shell script a RUN executes, parsed once. Offsets of <see cref="Script"/> map to the file
/// with <see cref="Map"/>, even across continuation lines, heredoc bodies and exec-form arguments.
/// </summary>
public sealed class RunScript
{
    // Null for the command line, whose offsets the RUN itself maps: no delegate per RUN for the common case.
    private readonly Func<int, int, SourceSpan>? _map;

    /// <summary>The shell-form command line of <paramref name="run"/>.</summary>
    internal RunScript(Instruction run, ShellScript script, RunShell shell)
    {
        Run = run;
        Script = script;
        Shell = shell;
        Origin = ScriptOrigin.CommandLine;
    }

    internal RunScript(Instruction run, ShellScript script, RunShell shell, ScriptOrigin origin, Func<int, int, SourceSpan> map)
    {
        Run = run;
        Script = script;
        Shell = shell;
        Origin = origin;
        _map = map;
    }

    /// <summary>The RUN instruction (an ONBUILD's sub-instruction for <c>ONBUILD RUN</c>).</summary>
    public Instruction Run { get; }

    public ShellScript Script { get; }

    /// <summary>The shell that runs the script (its pipefail setting, whether SHELL chose it).</summary>
    public RunShell Shell { get; }

    public ScriptOrigin Origin { get; }

    /// <summary>The file span of [start, end) offsets into <see cref="ShellScript.Text"/>.</summary>
    public SourceSpan Map(int start, int end) => _map is null ? Run.MapSpan(start, end) : _map(start, end);

    /// <summary>The file span of a shell word.</summary>
    public SourceSpan SpanOf(ShellWord word) => Map(word.Start, word.End);

    /// <summary>From a command's program word through <paramref name="last"/> (e.g. <c>apt-get install</c>).</summary>
    public SourceSpan SpanOf(ShellCommand command, ShellWord? last = null)
    {
        var first = command.ProgramWord ?? (command.Words.Count > 0 ? command.Words[0] : null);
        if (first is null) return Map(command.Start, command.End);
        return Map(first.Start, (last ?? first).End);
    }
}

/// <summary>A command of a RUN script, with the script that maps its words to the file.</summary>
public sealed record ScriptCommand(RunScript Script, ShellCommand Command)
{
    public SourceSpan SpanOf(ShellWord word) => Script.SpanOf(word);

    /// <summary>The program word's span (the command's start when it has none).</summary>
    public SourceSpan ProgramSpan => Script.SpanOf(Command);
}
