namespace ContainerLint.Core.Dockerfile.Analysis.Windows;

/// <summary>The language of a Windows command line.</summary>
public enum WindowsLanguage
{
    PowerShell,
    Cmd,
}

/// <summary>A word of a PowerShell or cmd command line, with its offsets in <see cref="WindowsScript.Text"/>.</summary>
/// <param name="Value">The text with quotes (and cmd's <c>^</c> escapes) removed; variables are kept as written.</param>
/// <param name="Raw">The text as written.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset after the last character.</param>
public sealed record WindowsWord(string Value, string Raw, int Start, int End)
{
    /// <summary>True when part of it was quoted.</summary>
    public bool IsQuoted { get; init; }

    /// <summary>True when it holds a variable or a sub-expression (<c>$env:X</c>, <c>$(…)</c>, <c>(…)</c>, <c>%X%</c>): its value is known only at build time.</summary>
    public bool HasExpansion { get; init; }

    /// <summary>True for a PowerShell parameter name (<c>-OutFile</c>); <see cref="Value"/> keeps the dash.</summary>
    public bool IsParameter { get; init; }

    /// <summary>True for the value of <c>-Name:value</c>, which belongs to its parameter even when that is a switch.</summary>
    public bool IsInlineValue { get; init; }

    public override string ToString() => Raw;
}

/// <summary>
/// A command of a PowerShell or cmd line: a cmdlet (aliases resolved: <c>iwr</c> is <c>invoke-webrequest</c>), a cmd
/// built-in or an external program (<c>C:\tools\curl.exe</c> is <c>curl</c>).
/// </summary>
public sealed class WindowsCommand
{
    private static readonly string[] NoSwitches = [];

    internal WindowsCommand(WindowsLanguage language, WindowsWord nameWord, string name, bool isCmdlet, IReadOnlyList<WindowsWord> arguments, int end, int depth, int statement, int pipeline, int pipelinePosition)
    {
        Language = language;
        NameWord = nameWord;
        Name = name;
        IsCmdlet = isCmdlet;
        Arguments = arguments;
        End = end;
        Depth = depth;
        Statement = statement;
        Pipeline = pipeline;
        PipelinePosition = pipelinePosition;
    }

    public WindowsLanguage Language { get; }

    /// <summary>The command name as written.</summary>
    public WindowsWord NameWord { get; }

    /// <summary>
    /// Lower case: the cmdlet (<c>invoke-webrequest</c> for <c>iwr</c> or <c>Invoke-WebRequest</c>), the cmd built-in, or the
    /// program's base name without <c>.exe</c>/<c>.cmd</c>/<c>.bat</c>/<c>.com</c>.
    /// </summary>
    public string Name { get; }

    /// <summary>True for a PowerShell cmdlet or function (its arguments are parameters, matched case-insensitively by unique prefix).</summary>
    public bool IsCmdlet { get; }

    public IReadOnlyList<WindowsWord> Arguments { get; }

    public int Start => NameWord.Start;

    /// <summary>Offset after its last word (or the group closing its last argument).</summary>
    public int End { get; }

    /// <summary>Nesting: 0 for a top-level statement, more inside parentheses, blocks, sub-expressions and nested shells.</summary>
    public int Depth { get; }

    /// <summary>The top-level statement it belongs to (commands of one statement run together: <c>if ((Get-FileHash f).Hash -ne $h) {…}</c>).</summary>
    public int Statement { get; }

    /// <summary>The pipeline it is in, and its place there (0 = first).</summary>
    public int Pipeline { get; }

    public int PipelinePosition { get; }

    public bool Is(params ReadOnlySpan<string> names)
    {
        foreach (var n in names)
        {
            if (n == Name) return true;
        }

        return false;
    }

    /// <summary>The <c>-Name</c> word of a cmdlet parameter, matched case-insensitively, also by a unique prefix (<c>-OutF</c>); null when absent.</summary>
    public WindowsWord? Parameter(string name)
    {
        foreach (var a in Arguments)
        {
            if (a.IsParameter && ParameterMatches(a.Value, name)) return a;
        }

        return null;
    }

    public bool HasParameter(string name) => Parameter(name) is not null;

    /// <summary>The value of a cmdlet parameter: the word after <c>-Name</c> (or of <c>-Name:value</c>), or null.</summary>
    public WindowsWord? ParameterValue(string name)
    {
        for (var i = 0; i + 1 < Arguments.Count; i++)
        {
            if (Arguments[i].IsParameter && ParameterMatches(Arguments[i].Value, name)) return Arguments[i + 1];
        }

        return null;
    }

    /// <summary>
    /// The positional arguments of a cmdlet: words that are neither parameters nor the value of a parameter that takes one
    /// (every parameter takes one except <paramref name="switches"/> and the common switches).
    /// </summary>
    public IReadOnlyList<WindowsWord> Positionals(params string[] switches)
    {
        var result = new List<WindowsWord>();
        for (var i = 0; i < Arguments.Count; i++)
        {
            var a = Arguments[i];
            if (!a.IsParameter)
            {
                result.Add(a);
                continue;
            }

            // -Name:value carries its value in the next word too; a switch takes none.
            var name = a.Value[1..];
            if (i + 1 < Arguments.Count && (Arguments[i + 1].IsInlineValue || (!IsSwitch(name, switches) && !Arguments[i + 1].IsParameter))) i++;
        }

        return result;
    }

    public override string ToString() => NameWord.Raw + (Arguments.Count == 0 ? "" : " " + string.Join(' ', Arguments.Select(a => a.Raw)));

    private static bool IsSwitch(string name, string[] switches)
    {
        foreach (var s in switches.Length == 0 ? NoSwitches : switches)
        {
            if (ParameterMatches("-" + name, s)) return true;
        }

        return WindowsNames.CommonSwitches.Contains(name);
    }

    private static bool ParameterMatches(string word, string name)
    {
        // -Name, -name, and an abbreviation of at least two letters (PowerShell accepts any unique prefix).
        var written = word.AsSpan(1);
        var colon = written.IndexOf(':');
        if (colon >= 0) written = written[..colon];
        return written.Length > 0 && (written.Equals(name, StringComparison.OrdinalIgnoreCase)
            || (written.Length >= 2 && name.StartsWith(written, StringComparison.OrdinalIgnoreCase) && WindowsNames.IsUnambiguousPrefix(written.ToString(), name)));
    }
}

/// <summary>A .NET member used in a PowerShell expression: <c>[Net.ServicePointManager]::ServerCertificateValidationCallback = …</c>, <c>$wc.DownloadFile(…)</c>.</summary>
/// <param name="Name">The member name as written.</param>
/// <param name="TypeName">The type literal of a static member (<c>Net.ServicePointManager</c>), or null.</param>
/// <param name="Start">Offset of the member name.</param>
/// <param name="End">Offset after the member name.</param>
/// <param name="IsAssigned">True when the statement assigns to it (<c>… = {$true}</c>).</param>
/// <param name="IsInvoked">True for a method call.</param>
/// <param name="Arguments">The call's arguments (one word per comma-separated argument), empty otherwise.</param>
/// <param name="Statement">The top-level statement it belongs to.</param>
/// <param name="ArgumentsEnd">Offset of the call's closing parenthesis (its arguments lie between <see cref="End"/> and it).</param>
public sealed record WindowsMember(string Name, string? TypeName, int Start, int End, bool IsAssigned, bool IsInvoked, IReadOnlyList<WindowsWord> Arguments, int Statement, int ArgumentsEnd)
{
    /// <summary>For an assignment, the text assigned (to the end of the statement, at most 200 characters), else null.</summary>
    public string? AssignedText { get; init; }

    public bool Is(string name) => Name.Equals(name, StringComparison.OrdinalIgnoreCase);
}

/// <summary>An environment variable set by a RUN: PowerShell <c>$env:X = 'v'</c>, cmd <c>set X=v</c>, <c>setx X v</c>, <c>[Environment]::SetEnvironmentVariable('X', 'v')</c>.</summary>
/// <param name="Name">The variable.</param>
/// <param name="Value">The value with quotes removed.</param>
/// <param name="Start">Offset of the assignment.</param>
/// <param name="End">Offset after it.</param>
public sealed record WindowsAssignment(string Name, string Value, int Start, int End);

/// <summary>
/// What a PowerShell or cmd RUN runs, found by a bounded, non-executing reader of those languages (nothing is evaluated):
/// its commands with their words, the .NET members its expressions use, the environment variables it sets and where it
/// compares values. <c>powershell -Command …</c> inside cmd, <c>cmd /c …</c> inside PowerShell and either inside itself
/// are read too, to a fixed depth, with offsets into the same <see cref="Text"/>.
/// </summary>
public sealed class WindowsScript
{
    /// <summary>How deep shells nested in shells are read.</summary>
    public const int MaxShellNesting = 4;

    /// <summary>How deep parentheses, blocks and sub-expressions are followed (deeper ones are read as plain text).</summary>
    public const int MaxGroupNesting = 64;

    internal WindowsScript(string text, WindowsLanguage language, IReadOnlyList<WindowsCommand> commands, IReadOnlyList<WindowsMember> members, IReadOnlyList<WindowsAssignment> assignments, IReadOnlyList<int> comparisons)
    {
        Text = text;
        Language = language;
        Commands = commands;
        Members = members;
        Assignments = assignments;
        Comparisons = comparisons;
    }

    public string Text { get; }

    /// <summary>The language of the outermost script.</summary>
    public WindowsLanguage Language { get; }

    /// <summary>Every command, nested ones included, in order of their start.</summary>
    public IReadOnlyList<WindowsCommand> Commands { get; }

    public IReadOnlyList<WindowsMember> Members { get; }

    public IReadOnlyList<WindowsAssignment> Assignments { get; }

    /// <summary>Offsets of PowerShell comparisons: operators (<c>-eq</c>, <c>-ne</c>, <c>-like</c>, <c>-match</c>, …) and <c>.Equals(…)</c> calls.</summary>
    public IReadOnlyList<int> Comparisons { get; }

    /// <summary>
    /// Reads <paramref name="text"/> as <paramref name="language"/>. <paramref name="windowsPowerShell"/> is true for
    /// <c>powershell.exe</c> (Windows PowerShell 5.1, where <c>curl</c> and <c>wget</c> are aliases of Invoke-WebRequest) and
    /// false for <c>pwsh</c>. Never throws; linear in the text.
    /// </summary>
    public static WindowsScript Parse(string text, WindowsLanguage language, bool windowsPowerShell = true)
    {
        var sink = new WindowsScriptBuilder(text);
        if (language == WindowsLanguage.PowerShell) PowerShellReader.Read(sink, 0, text.Length, windowsPowerShell, 0);
        else CmdReader.Read(sink, 0, text.Length, 0);
        return sink.Build(language);
    }

    /// <summary>The commands named one of <paramref name="names"/>.</summary>
    public IEnumerable<WindowsCommand> CommandsOf(params string[] names) => Commands.Where(c => Array.IndexOf(names, c.Name) >= 0);

    /// <summary>The commands whose start lies in [<paramref name="start"/>, <paramref name="end"/>): those nested in an argument or a call.</summary>
    public IEnumerable<WindowsCommand> CommandsWithin(int start, int end) => Commands.Where(c => c.Start >= start && c.Start < end);

    /// <summary>The members used in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public IEnumerable<WindowsMember> MembersWithin(int start, int end) => Members.Where(m => m.Start >= start && m.Start < end);
}

/// <summary>Collects what the readers find, for one script text.</summary>
internal sealed class WindowsScriptBuilder(string text)
{
    private int _pipelines;

    public string Text { get; } = text;

    public List<WindowsCommand> Commands { get; } = [];

    public List<WindowsMember> Members { get; } = [];

    public List<WindowsAssignment> Assignments { get; } = [];

    public List<int> Comparisons { get; } = [];

    public int NewPipeline() => _pipelines++;

    public WindowsScript Build(WindowsLanguage language)
    {
        Commands.Sort((a, b) => a.Start.CompareTo(b.Start));
        Members.Sort((a, b) => a.Start.CompareTo(b.Start));
        Comparisons.Sort();
        return new WindowsScript(Text, language, Commands, Members, Assignments, Comparisons);
    }

    /// <summary>Reads the shell a command starts, when it is one (<c>powershell -Command …</c>, <c>cmd /c …</c>), into the same builder.</summary>
    public void ReadNestedShell(WindowsCommand command, int nesting, int statement)
    {
        if (nesting + 1 > WindowsScript.MaxShellNesting) return;
        var args = command.Arguments;
        if (command.Is("powershell", "pwsh"))
        {
            var at = WindowsNames.PowerShellScriptStart(args, command.Name == "powershell");
            if (at < 0) return;
            var (start, end) = Inner(args, at);
            PowerShellReader.Read(this, start, end, command.Name == "powershell", nesting + 1, statement);
        }
        else if (command.Is("cmd"))
        {
            for (var i = 0; i < args.Count; i++)
            {
                if (!args[i].Value.Equals("/c", StringComparison.OrdinalIgnoreCase) && !args[i].Value.Equals("/k", StringComparison.OrdinalIgnoreCase)) continue;
                if (i + 1 >= args.Count) return;
                var (start, end) = Inner(args, i + 1);
                CmdReader.Read(this, start, end, nesting + 1, statement);
                return;
            }
        }
    }

    /// <summary>The text from word <paramref name="first"/> to the last word; inside the quotes (or braces) when it is one quoted word or script block.</summary>
    private (int Start, int End) Inner(IReadOnlyList<WindowsWord> args, int first)
    {
        var start = args[first].Start;
        var end = args[^1].End;
        if (first == args.Count - 1 && end - start >= 2)
        {
            var open = Text[start];
            var close = Text[end - 1];
            if ((open == '"' && close == '"') || (open == '\'' && close == '\'') || (open == '{' && close == '}')) return (start + 1, end - 1);
        }

        return (start, end);
    }
}
