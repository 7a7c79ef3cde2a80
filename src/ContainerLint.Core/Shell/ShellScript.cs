namespace ContainerLint.Core.Shell;

/// <summary>How downloaded content reaches an interpreter.</summary>
public enum DownloadExecutionKind
{
    /// <summary><c>curl … | sh</c> (also through other stages: <c>curl … | tee f | sudo bash</c>).</summary>
    Pipe,

    /// <summary><c>sh -c "$(curl …)"</c>, <c>bash &lt;(curl …)</c>, <c>eval "$(wget -qO- …)"</c>.</summary>
    Substitution,
}

/// <summary>A downloader whose output is run as code by an interpreter.</summary>
public sealed record DownloadedCodeExecution(ShellCommand Downloader, ShellCommand Interpreter, DownloadExecutionKind Kind);

/// <summary>
/// The commands of a shell script, e.g. a shell-form <c>RUN</c> (continuations already joined by
/// the Dockerfile parser; it may hold newlines and heredocs). All offsets are 0-based into
/// <see cref="Text"/>. Parsing never throws: problems become <see cref="Diagnostics"/>.
/// </summary>
/// <example>
/// <code>
/// var script = ShellScript.Parse("apt-get update &amp;&amp; sudo apt-get install -y curl");
/// foreach (var c in script.FindCommands("apt-get").Where(c => c.HasSubcommand("install")))
///     if (!c.HasFlag("--no-install-recommends")) Report(c.Start, c.End);
/// </code>
/// </example>
public sealed class ShellScript
{
    /// <summary>Default cap on nesting (subshells, groups, substitutions, if/loops) before structure is flattened.</summary>
    public const int DefaultMaxNestingDepth = 200;

    private static readonly string[] DownloaderPrograms = ["curl", "wget", "fetch", "http", "https", "aria2c"];

    /// <summary>The programs <see cref="FindDownloadedCodeExecutions"/> treats as downloaders.</summary>
    public static IReadOnlyList<string> Downloaders => DownloaderPrograms;

    private static readonly string[] Shells = ["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "yash", "fish", "csh", "tcsh", "busybox"];
    private static readonly string[] Evaluators = ["eval", "source", "."];

    private (int Offset, bool On)[]? _pipefailChanges;

    private ShellScript(string text, IReadOnlyList<ShellCommand> commands, IReadOnlyList<ShellPipeline> pipelines, IReadOnlyList<ShellDiagnostic> diagnostics)
    {
        Text = text;
        Commands = commands;
        Pipelines = pipelines;
        Diagnostics = diagnostics;
    }

    public string Text { get; }

    /// <summary>Every simple command, nested ones included (see <see cref="ShellCommand.IsNested"/>), in source order.</summary>
    public IReadOnlyList<ShellCommand> Commands { get; }

    /// <summary>Every pipeline of two or more stages, nested ones included.</summary>
    public IReadOnlyList<ShellPipeline> Pipelines { get; }

    public IReadOnlyList<ShellDiagnostic> Diagnostics { get; }

    /// <summary>Parses <paramref name="text"/>; never throws.</summary>
    public static ShellScript Parse(string? text, int maxNestingDepth = DefaultMaxNestingDepth)
    {
        text ??= "";
        var (commands, pipelines, diagnostics) = ShellParser.Parse(text, Math.Max(1, maxNestingDepth));
        return new ShellScript(text, commands, pipelines, diagnostics);
    }

    /// <summary>Commands that run one of <paramref name="programs"/> (after wrappers such as sudo, directory ignored).</summary>
    /// <remarks>Plain loops here and below: rules call these for every script of every RUN.</remarks>
    public IEnumerable<ShellCommand> FindCommands(params string[] programs)
    {
        for (var i = 0; i < Commands.Count; i++)
        {
            if (Commands[i].Is(programs)) yield return Commands[i];
        }
    }

    /// <summary>Commands that run <paramref name="program"/> with the given subcommand (<c>FindSubcommand("npm", "config", "set")</c>).</summary>
    public IEnumerable<ShellCommand> FindSubcommand(string program, params string[] subcommand)
    {
        for (var i = 0; i < Commands.Count; i++)
        {
            if (Commands[i].Is(program) && Commands[i].HasSubcommand(subcommand)) yield return Commands[i];
        }
    }

    /// <summary>True when the script runs <paramref name="program"/> anywhere (nested commands included).</summary>
    public bool Runs(string program)
    {
        for (var i = 0; i < Commands.Count; i++)
        {
            if (Commands[i].Is(program)) return true;
        }
        return false;
    }

    /// <summary>True when the script runs <paramref name="program"/> with that subcommand: <c>Runs("apt-get", "install")</c>.</summary>
    public bool Runs(string program, params string[] subcommand)
    {
        for (var i = 0; i < Commands.Count; i++)
        {
            if (Commands[i].Is(program) && Commands[i].HasSubcommand(subcommand)) return true;
        }
        return false;
    }

    /// <summary>
    /// Downloads run as code: a downloader (curl, wget, …) in an earlier pipeline stage than an
    /// interpreter (sh, bash, python, perl, node, …) that reads its program from standard input,
    /// or a downloader inside a substitution that is an argument or redirection of an interpreter or <c>eval</c>.
    /// </summary>
    public IReadOnlyList<DownloadedCodeExecution> FindDownloadedCodeExecutions()
    {
        var result = new List<DownloadedCodeExecution>();
        foreach (var pipeline in Pipelines)
        {
            for (var i = 0; i < pipeline.Stages.Count; i++)
            {
                var downloader = pipeline.Stages[i].FirstOrDefault(c => c.Is(DownloaderPrograms));
                if (downloader is null) continue;
                for (var j = i + 1; j < pipeline.Stages.Count; j++)
                {
                    var interpreter = pipeline.Stages[j].FirstOrDefault(ReadsProgramFromStdin);
                    if (interpreter is not null)
                    {
                        result.Add(new DownloadedCodeExecution(downloader, interpreter, DownloadExecutionKind.Pipe));
                        break;
                    }
                }
            }
        }

        var nestedDownloaders = Commands.Where(c => c.IsNested && c.Is(DownloaderPrograms)).ToArray();
        if (nestedDownloaders.Length > 0)
        {
            foreach (var interpreter in Commands.Where(c => IsInterpreter(c) || c.Is(Evaluators)))
            {
                var spans = interpreter.Arguments.Where(w => w.HasExpansion).Select(w => (w.Start, w.End))
                    .Concat(interpreter.Redirections.Where(r => r.Target is { HasExpansion: true }).Select(r => (r.Target!.Start, r.Target.End)));
                foreach (var (start, end) in spans)
                {
                    var downloader = nestedDownloaders.FirstOrDefault(d => d.Start >= start && d.End <= end);
                    if (downloader is not null)
                    {
                        result.Add(new DownloadedCodeExecution(downloader, interpreter, DownloadExecutionKind.Substitution));
                        break;
                    }
                }
            }
        }
        if (result.Count < 2) return result;
        return result.OrderBy(r => r.Downloader.Start).ToArray();
    }

    /// <summary>
    /// True when <c>set -o pipefail</c> (also bundled: <c>set -euxo pipefail</c>) ran before
    /// <paramref name="offset"/> and no later <c>set +o pipefail</c> undid it. <c>set</c> inside a
    /// subshell or substitution does not count.
    /// </summary>
    public bool IsPipefailSetAt(int offset)
    {
        _pipefailChanges ??= ComputePipefailChanges();
        var on = false;
        foreach (var (at, state) in _pipefailChanges)
        {
            if (at >= offset) break;
            on = state;
        }
        return on;
    }

    /// <summary>Pipelines (outside substitutions) that run while pipefail is off: a failing early stage would go unnoticed.</summary>
    public IEnumerable<ShellPipeline> PipelinesWithoutPipefail() =>
        Pipelines.Where(p => !p.Stages.SelectMany(s => s).All(c => c.IsNested) && !IsPipefailSetAt(p.Start));

    private (int, bool)[] ComputePipefailChanges()
    {
        var changes = new List<(int, bool)>();
        foreach (var c in Commands)
        {
            if (!c.Is("set") || c.Enclosing.Any(e => e is ShellConstruct.Subshell or ShellConstruct.CommandSubstitution or ShellConstruct.ProcessSubstitution)) continue;
            var args = c.Arguments;
            for (var i = 0; i + 1 < args.Count; i++)
            {
                var v = args[i].Value;
                if (v.Length < 2 || (v[0] != '-' && v[0] != '+') || !v.AsSpan(1).ContainsAny("o") || !IsLetters(v.AsSpan(1))) continue;
                if (args[i + 1].Value == "pipefail") changes.Add((c.Start, v[0] == '-'));
            }
        }
        return [.. changes];
    }

    private static bool IsLetters(ReadOnlySpan<char> s)
    {
        foreach (var ch in s)
        {
            if (!char.IsAsciiLetter(ch)) return false;
        }
        return true;
    }

    private static bool IsInterpreter(ShellCommand c) => c.ProgramName is { } n && (Shells.Contains(n) || InlineCodeFlags(n) is not null);

    /// <summary>Flags that give the program inline (so stdin is not the program), or null when <paramref name="name"/> is no known interpreter.</summary>
    private static string[]? InlineCodeFlags(string name)
    {
        if (Shells.Contains(name)) return ["-c"];
        if (name.StartsWith("python", StringComparison.Ordinal) && name.AsSpan(6).IndexOfAnyExcept("0123456789.") < 0) return ["-c", "-m"];
        return name switch
        {
            "perl" => ["-e", "-E"],
            "ruby" => ["-e"],
            "node" or "nodejs" or "bun" => ["-e", "--eval", "-p", "--print"],
            "php" => ["-r"],
            "lua" => ["-e"],
            "pwsh" or "powershell" => ["-c", "-Command", "-command", "-File", "-f"],
            "tclsh" or "Rscript" => ["-e"],
            _ => null,
        };
    }

    private static bool ReadsProgramFromStdin(ShellCommand c)
    {
        if (c.ProgramName is not { } name) return false;
        var inline = InlineCodeFlags(name);
        if (inline is null) return false;
        var isShell = Shells.Contains(name);
        if (isShell && c.HasFlag("-s")) return true;
        if (inline.Any(f => c.HasFlag(f))) return false;
        // Skip shell option values (-o pipefail) so they are not mistaken for a script path.
        var positional = c.GetPositionalArguments(isShell ? ["-o", "-O"] : null)
            .Where(w => w.Value != "-" && !(isShell && w.Value.StartsWith('+')))
            .ToList();
        if (isShell && name == "busybox") return false;
        return positional.Count == 0;
    }
}
