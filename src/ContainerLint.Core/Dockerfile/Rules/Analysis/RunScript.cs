namespace ContainerLint.Core.Dockerfile.Rules.Analysis;

using ContainerLint.Core.Model;
using ContainerLint.Core.Shell;

/// <summary>
/// One shell script a RUN executes: the shell-form command line, or a heredoc body run by a shell.
/// Offsets of <see cref="Script"/> map to the file with <see cref="Map"/>. <see cref="Stage"/> and
/// <see cref="Shell"/> are known when the script was found stage by stage (<see cref="HygieneShell"/>);
/// the security rules also look at ONBUILD triggers and exec-form RUN, where they are not.
/// </summary>
internal sealed record RunScript(Instruction Run, Stage? Stage, ShellScript Script, RunShell? Shell, Func<int, int, SourceSpan> Map)
{
    /// <summary>The file span of a shell word.</summary>
    public SourceSpan SpanOf(ShellWord word) => Map(word.Start, word.End);

    /// <summary>From a command's program word through <paramref name="last"/> (e.g. <c>apt-get install</c>).</summary>
    public SourceSpan SpanOf(ShellCommand command, ShellWord? last = null)
    {
        var first = command.ProgramWord ?? (command.Words.Count > 0 ? command.Words[0] : null);
        if (first is null) return Map(command.Start, command.End);
        return Map(first.Start, (last ?? first).End);
    }

    /// <summary>True when a <c>--mount=type=cache</c> or <c>type=tmpfs</c> of this RUN covers <paramref name="path"/> (its target is the path or a parent).</summary>
    public bool MountCovers(string path) => HygieneShell.CacheMountTargets(Run).Any(t => PathCovers(t, path));

    private static bool PathCovers(string target, string path)
    {
        var t = target.TrimEnd('/');
        if (t.Length == 0) return true;
        return path.Equals(t, StringComparison.Ordinal) || path.StartsWith(t + "/", StringComparison.Ordinal);
    }
}
