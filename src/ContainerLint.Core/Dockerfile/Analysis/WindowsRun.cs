namespace ContainerLint.Core.Dockerfile.Analysis;

using System.Text;
using ContainerLint.Core.Dockerfile.Analysis.Windows;
using ContainerLint.Core.Model;
using ContainerLint.Core.Shell;

/// <summary>A download run as code by PowerShell: <c>iex ((New-Object Net.WebClient).DownloadString(…))</c>, <c>iwr … | iex</c>.</summary>
/// <param name="Downloader">What downloads (<c>DownloadString</c>, <c>iwr</c>), as written.</param>
/// <param name="Interpreter">What runs it (<c>iex</c>, <c>Invoke-Expression</c>, <c>[scriptblock]::Create</c>), as written.</param>
/// <param name="Span">The interpreter.</param>
public sealed record WindowsCodeDownload(string Downloader, string Interpreter, SourceSpan Span);

/// <summary>
/// The Windows side of a RUN whose shell is PowerShell or cmd (SHELL, the base image's default, or the exec-form program):
/// its <see cref="WindowsScript"/> with offsets mapped to the file.
/// </summary>
public sealed class WindowsRun
{
    private static readonly string[] WebDownloaders = ["invoke-webrequest", "invoke-restmethod"];
    private static readonly string[] StringDownloads = ["DownloadString", "DownloadData", "DownloadStringTaskAsync", "DownloadDataTaskAsync", "OpenRead"];

    private readonly Func<int, int, SourceSpan> _map;
    private IReadOnlyList<WindowsCodeDownload>? _codeDownloads;

    internal WindowsRun(WindowsScript script, Func<int, int, SourceSpan> map)
    {
        Script = script;
        _map = map;
    }

    public WindowsScript Script { get; }

    /// <summary>The file span of [start, end) offsets into <see cref="WindowsScript.Text"/>.</summary>
    public SourceSpan Map(int start, int end) => _map(start, end);

    public SourceSpan SpanOf(WindowsWord word) => _map(word.Start, word.End);

    /// <summary>
    /// Downloads run as code: <c>Invoke-Expression</c> (<c>iex</c>) whose argument holds a download (<c>DownloadString</c>,
    /// <c>iwr</c>, <c>irm</c>) or that a download is piped into, and <c>[scriptblock]::Create</c> of a download.
    /// </summary>
    public IReadOnlyList<WindowsCodeDownload> CodeDownloads => _codeDownloads ??= FindCodeDownloads();

    private List<WindowsCodeDownload> FindCodeDownloads()
    {
        var result = new List<WindowsCodeDownload>();
        foreach (var iex in Script.CommandsOf("invoke-expression"))
        {
            var downloader = DownloadWithin(iex.NameWord.End, iex.End)
                ?? Script.Commands.FirstOrDefault(c => c.Pipeline == iex.Pipeline && c.PipelinePosition < iex.PipelinePosition && c.Is(WebDownloaders))?.NameWord.Value;
            if (downloader is not null) result.Add(new WindowsCodeDownload(downloader, iex.NameWord.Value, SpanOf(iex.NameWord)));
        }

        foreach (var create in Script.Members.Where(m => m.IsInvoked && m.Is("Create") && m.TypeName is { } t && t.EndsWith("scriptblock", StringComparison.OrdinalIgnoreCase)))
        {
            if (DownloadWithin(create.End, create.ArgumentsEnd) is { } downloader)
            {
                result.Add(new WindowsCodeDownload(downloader, $"[{create.TypeName}]::{create.Name}", Map(create.Start, create.End)));
            }
        }

        return result;
    }

    private string? DownloadWithin(int start, int end) =>
        Script.MembersWithin(start, end).FirstOrDefault(m => m.IsInvoked && StringDownloads.Any(m.Is))?.Name
        ?? Script.CommandsWithin(start, end).FirstOrDefault(c => c.Is(WebDownloaders))?.NameWord.Value;
}

/// <summary>Finds the PowerShell or cmd text of a RUN and presents its commands to the command-keyed facts.</summary>
internal static partial class WindowsRuns
{
    /// <summary>The Windows script of a RUN whose shell (or exec-form program) is PowerShell or cmd, or null.</summary>
    public static WindowsRun? For(Instruction run, RunShell shell)
    {
        if (!run.IsJsonForm)
        {
            if (!shell.IsWindows) return null;
            var language = shell.Kind == ShellKind.PowerShell ? WindowsLanguage.PowerShell : WindowsLanguage.Cmd;
            return new WindowsRun(WindowsScript.Parse(run.Rest, language, RunShell.ProgramBase(shell.Argv[0]) != "pwsh"), run.MapSpan);
        }

        var args = run.Arguments;
        if (args.Count < 2) return null;
        var kind = RunShell.KindOf(args[0].Value);
        if (kind is not (ShellKind.PowerShell or ShellKind.Cmd)) return null;

        // Exec form runs the program directly: its script is the words after -Command (PowerShell) or /c (cmd), joined by spaces.
        var first = -1;
        if (kind == ShellKind.PowerShell)
        {
            var words = args.Skip(1).Select(a => new WindowsWord(a.Value, a.Value, 0, 0)).ToArray();
            var at = WindowsNames.PowerShellScriptStart(words, RunShell.ProgramBase(args[0].Value) == "powershell");
            first = at < 0 ? -1 : at + 1;
        }
        else
        {
            for (var i = 1; i < args.Count && first < 0; i++)
            {
                if (args[i].Value.Equals("/c", StringComparison.OrdinalIgnoreCase) || args[i].Value.Equals("/k", StringComparison.OrdinalIgnoreCase)) first = i + 1;
            }
        }

        if (first < 0 || first >= args.Count) return null;
        var sb = new StringBuilder();
        var ranges = new List<(int Start, int End, InstructionArgument Argument)>();
        for (var i = first; i < args.Count; i++)
        {
            if (sb.Length > 0) sb.Append(' ');
            ranges.Add((sb.Length, sb.Length + args[i].Value.Length, args[i]));
            sb.Append(args[i].Value);
        }

        var script = WindowsScript.Parse(sb.ToString(), kind == ShellKind.PowerShell ? WindowsLanguage.PowerShell : WindowsLanguage.Cmd, RunShell.ProgramBase(args[0].Value) != "pwsh");
        return new WindowsRun(script, (s, e) =>
        {
            foreach (var (start, end, argument) in ranges)
            {
                if (s < start || s > end) continue;
                // A one-line JSON string without escapes maps character for character (its span includes the quotes).
                var a = argument.Span;
                var precise = a.Line == a.EndLine && a.EndColumn - a.Column == argument.Value.Length + 2;
                return precise ? new SourceSpan(a.Line, a.Column + 1 + (s - start), a.Line, a.Column + 1 + (Math.Min(e, end) - start)) : a;
            }

            return run.RestSpan;
        });
    }

    /// <summary>
    /// The commands of a Windows script as one POSIX-shaped script, one command per line and each word single-quoted (a
    /// variable becomes <c>${NAME}</c>), as an exec-form argv is: so the command-keyed facts (package managers, curl, git,
    /// pip, npm) read <c>curl.exe</c> in cmd as they read curl in sh. Cmdlet parameters are lower-cased (<c>-outfile</c>).
    /// Only the reading of words is shared: each word was found by the PowerShell or cmd reader.
    /// </summary>
    public static RunScript Commands(Instruction run, RunShell shell, WindowsRun windows)
    {
        // Sized up front: one range per word, and about the script's own length of text (each word quoted, one per line).
        var commands = windows.Script.Commands;
        var wordCount = 0;
        for (var n = 0; n < commands.Count; n++) wordCount += 1 + commands[n].Arguments.Count;
        var sb = new PooledText(windows.Script.Text.Length + (4 * wordCount));
        var ranges = new List<(int Start, int End, SourceSpan Span)>(wordCount);
        foreach (var command in windows.Script.Commands)
        {
            if (sb.Length > 0) sb.Append('\n');
            Append(ref sb, ranges, command.Name, false, windows.SpanOf(command.NameWord));
            var args = command.Arguments;
            for (var i = 0; i < args.Count; i++)
            {
                sb.Append(' ');
                var word = args[i];
                if (command.IsCmdlet && word.IsParameter && i + 1 < args.Count && args[i + 1].IsInlineValue)
                {
                    // -Name:value stays one word, so a switch's value is not taken for a positional.
                    var value = args[++i];
                    Append(ref sb, ranges, word.Value.ToLowerInvariant() + ":" + value.Value, value.HasExpansion, windows.Map(word.Start, value.End));
                    continue;
                }

                var text = command.IsCmdlet && word.IsParameter ? word.Value.ToLowerInvariant() : word.Value;
                Append(ref sb, ranges, text, word.HasExpansion, windows.SpanOf(word));
            }
        }

        var fallback = run.RestSpan;
        var posix = sb.ToStringAndReturn();
        return new RunScript(run, ShellScript.Parse(posix), shell, ScriptOrigin.WindowsCommand, (s, e) =>
        {
            // From the word holding the start to the word holding the end (apt-get … update).
            SourceSpan? first = null;
            foreach (var r in ranges)
            {
                if (first is null && s >= r.Start && s < r.End) first = r.Span;
                if (first is { } f && e > r.Start && e <= r.End) return r.Span.Line < f.Line || (r.Span.Line == f.Line && r.Span.EndColumn < f.Column) ? f : new SourceSpan(f.Line, f.Column, r.Span.EndLine, r.Span.EndColumn);
            }

            return first ?? fallback;
        });
    }

    private static void Append(ref PooledText sb, List<(int Start, int End, SourceSpan Span)> ranges, string value, bool expansion, SourceSpan span)
    {
        var start = sb.Length;
        if (!expansion)
        {
            sb.Append('\'');
            foreach (var c in value)
            {
                if (c == '\'') sb.Append("'\\''");
                else sb.Append(c);
            }

            sb.Append('\'');
        }
        else
        {
            // Double quotes with each variable as ${NAME}: the word stays one word and is known to vary.
            sb.Append('"');
            var rest = Variable().Replace(value, m => "\u0001" + Sanitize(m.Groups["name"].Success ? m.Groups["name"].Value : "X") + "\u0002");
            foreach (var c in rest)
            {
                switch (c)
                {
                    case '\u0001':
                        sb.Append("${");
                        break;
                    case '\u0002':
                        sb.Append('}');
                        break;
                    case '"' or '\\' or '$' or '`':
                        sb.Append('\\');
                        sb.Append(c);
                        break;
                    default:
                        sb.Append(c);
                        break;
                }
            }

            sb.Append('"');
        }

        ranges.Add((start, sb.Length, span));
    }

    private static string Sanitize(string name)
    {
        var chars = name.Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').ToArray();
        return chars.Length == 0 || char.IsAsciiDigit(chars[0]) ? "X" + new string(chars) : new string(chars);
    }

    // $env:NAME, $NAME, ${NAME}, $(…) (to its first ')'), %NAME%, !NAME!.
    [System.Text.RegularExpressions.GeneratedRegex(@"\$(?:env:)?(?<name>[A-Za-z_][A-Za-z0-9_]*)|\$\{(?<name>[^}]*)\}|\$\([^)]*\)?|%(?<name>[^%\s]+)%|!(?<name>[^!\s]+)!", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Variable();

    /// <summary>
    /// The POSIX text being written, in a buffer borrowed from the shared array pool and returned when the string is made:
    /// a StringBuilder sized for the worst case allocated that much again per Windows RUN.
    /// </summary>
    private struct PooledText(int capacity)
    {
        private char[] _buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));

        public int Length { get; private set; }

        public void Append(char c)
        {
            if (Length == _buffer.Length) Grow(1);
            _buffer[Length++] = c;
        }

        public void Append(ReadOnlySpan<char> text)
        {
            if (Length + text.Length > _buffer.Length) Grow(text.Length);
            text.CopyTo(_buffer.AsSpan(Length));
            Length += text.Length;
        }

        public string ToStringAndReturn()
        {
            var text = new string(_buffer, 0, Length);
            System.Buffers.ArrayPool<char>.Shared.Return(_buffer);
            _buffer = [];
            Length = 0;
            return text;
        }

        private void Grow(int more)
        {
            var bigger = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, Length + more));
            _buffer.AsSpan(0, Length).CopyTo(bigger);
            System.Buffers.ArrayPool<char>.Shared.Return(_buffer);
            _buffer = bigger;
        }
    }
}
