namespace ContainerLint.Core.Dockerfile.Analysis;

using System.Text;
using System.Text.RegularExpressions;
using ContainerLint.Core.Dockerfile.Analysis.Windows;
using ContainerLint.Core.Knowledge;
using ContainerLint.Core.Model;
using ContainerLint.Core.Shell;

/// <summary>
/// Everything the rules need to know about one RUN, in any form (shell form, exec form, <c>ONBUILD RUN</c>, heredoc
/// bodies, under the shell SHELL chose), computed once: its POSIX scripts parsed, the commands of a PowerShell or cmd RUN
/// read by the Windows readers (<see cref="Windows"/>), and from one pass over all their commands the package operations,
/// downloads, permission changes, accounts created and variable assignments.
/// </summary>
public sealed class RunFacts
{
    private static readonly string[] DownloaderValueOptions = ["-o", "-O", "--output", "-H", "--header", "-u", "--user", "-A", "-e", "-d", "--data", "-X", "-w", "--retry", "-m", "--max-time", "--connect-timeout", "-T", "-P", "--directory-prefix", "-t", "--tries", "--timeout"];

    // Programs that check a download: any use counts, except gpg/openssl/rpm, which must be verifying (see IsVerification).
    private static readonly string[] Verifiers = ["sha256sum", "sha512sum", "sha384sum", "sha224sum", "sha1sum", "shasum", "md5sum", "b2sum", "gpg", "gpgv", "gpg2", "cosign", "minisign", "signify", "openssl", "rpm", "slsa-verifier", "sigstore", "sha256"];

    private static readonly string[] WindowsFileDownloads = ["DownloadFile", "DownloadFileAsync", "DownloadFileTaskAsync"];

    internal RunFacts(Instruction run, Instruction anchor, Stage stage, RunShell shell, IReadOnlyList<RunScript> scripts, WindowsRun? windows = null)
    {
        Instruction = run;
        Anchor = anchor;
        Stage = stage;
        Shell = shell;
        Scripts = scripts;
        Windows = windows;
        List<RunMount>? mounts = null;
        var flags = run.Flags;
        for (var f = 0; f < flags.Count; f++)
        {
            if (flags[f].Is("mount")) (mounts ??= []).Add(RunMount.Parse(flags[f]));
        }

        Mounts = Items(mounts);

        // Lists made when first needed: most RUNs download nothing, change no modes and create no accounts. Loops by index:
        // a foreach over these interfaces boxes an enumerator per RUN and per script.
        var commandCount = 0;
        for (var s = 0; s < scripts.Count; s++) commandCount += scripts[s].Script.Commands.Count;
        var commands = new List<ScriptCommand>(commandCount);
        List<PackageOperation>? packages = null;
        List<Download>? downloads = null;
        List<ModeChange>? modes = null;
        List<AccountChange>? accounts = null;
        List<Assignment>? assignments = null;
        for (var s = 0; s < scripts.Count; s++)
        {
            var script = scripts[s];
            var scriptCommands = script.Script.Commands;
            for (var n = 0; n < scriptCommands.Count; n++)
            {
                var command = scriptCommands[n];
                var sc = new ScriptCommand(script, command);
                commands.Add(sc);
                var commandAssignments = command.Assignments;
                for (var a = 0; a < commandAssignments.Count; a++)
                {
                    var assignment = commandAssignments[a];
                    (assignments ??= []).Add(new Assignment(assignment.Name, assignment.Value, script.SpanOf(assignment.Word), AssignmentOrigin.Run));
                }

                if (command.ProgramName is not { } program) continue;
                if (PackageManagers.Recognize(script, command) is { } pm) (packages ??= []).Add(pm);
                switch (program)
                {
                    case "curl" or "wget":
                        (downloads ??= []).Add(ReadDownload(sc));
                        break;
                    case "chmod" or "install" or "mkdir" or "umask":
                        if (ReadMode(sc) is { } mode) (modes ??= []).Add(mode);
                        break;
                    case "useradd" or "adduser" or "groupadd" or "addgroup":
                        (accounts ??= []).Add(ReadAccount(sc));
                        break;
                    case "export" or "env" or "declare" or "typeset":
                        foreach (var w in command.Arguments)
                        {
                            var eq = w.Value.IndexOf('=', StringComparison.Ordinal);
                            if (eq > 0) (assignments ??= []).Add(new Assignment(w.Value[..eq], w.Value[(eq + 1)..], script.SpanOf(w), AssignmentOrigin.Run));
                        }

                        break;
                }
            }
        }

        if (windows is not null)
        {
            foreach (var d in WindowsDownloads(windows)) (downloads ??= []).Add(d);
            foreach (var a in windows.Script.Assignments) (assignments ??= []).Add(new Assignment(a.Name, a.Value, windows.Map(a.Start, a.End), AssignmentOrigin.Run));
        }

        Commands = new(commands);
        Packages = Items(packages);
        Downloads = Items(downloads);
        Verifies = AnyVerification(commands) || (windows is not null && WindowsVerifies(windows.Script));
        VerifiesDownloads = Downloads.Count > 0 && Verifies;
        ModeChanges = Items(modes);
        Accounts = Items(accounts);
        Assignments = Items(assignments);
    }

    private static ReadOnlyItems<T> Items<T>(List<T>? list) => list is null ? ReadOnlyItems<T>.Empty : new(list);

    /// <summary>The RUN (the sub-instruction for <c>ONBUILD RUN</c>).</summary>
    public Instruction Instruction { get; }

    /// <summary>The stage it is written in (for <c>ONBUILD RUN</c>, the stage holding the ONBUILD; it runs in images built FROM it).</summary>
    public Stage Stage { get; }

    /// <summary>The top-level instruction of the stage: the RUN itself, or the ONBUILD that holds it (for scopes and positions).</summary>
    public Instruction Anchor { get; }

    /// <summary>True for an <c>ONBUILD RUN</c> trigger.</summary>
    public bool IsOnBuild => !ReferenceEquals(Anchor, Instruction);

    /// <summary>The shell of a shell-form RUN (SHELL, else the base image's platform default).</summary>
    public RunShell Shell { get; }

    /// <summary>
    /// The POSIX scripts it runs (none for another interpreter's heredoc), and for a PowerShell or cmd RUN the script of
    /// its commands read as argv lists (<see cref="ScriptOrigin.WindowsCommand"/>).
    /// </summary>
    public IReadOnlyList<RunScript> Scripts { get; }

    /// <summary>For a PowerShell or cmd RUN: its commands, .NET members, environment assignments and comparisons; else null.</summary>
    public WindowsRun? Windows { get; }

    /// <summary>
    /// True when the RUN downloads and verifies what it downloads: a checksum or signature tool (sha256sum, gpg --verify,
    /// cosign, …), or on Windows a Get-FileHash (or Get-AuthenticodeSignature) whose result is compared, or certutil -hashfile.
    /// </summary>
    public bool VerifiesDownloads { get; }

    /// <summary>
    /// True when the RUN checks a checksum or signature (the tools of <see cref="VerifiesDownloads"/>), whether or not it
    /// downloads: a file fetched by one RUN and checked by a later one of the stage is verified before anything uses it.
    /// </summary>
    public bool Verifies { get; }

    /// <summary>Every command of every script, in order.</summary>
    public ReadOnlyItems<ScriptCommand> Commands { get; }

    public ReadOnlyItems<PackageOperation> Packages { get; }

    public ReadOnlyItems<Download> Downloads { get; }

    public ReadOnlyItems<ModeChange> ModeChanges { get; }

    public ReadOnlyItems<AccountChange> Accounts { get; }

    /// <summary>Assignments the RUN makes: <c>X=1 cmd</c>, <c>export X=1</c>, <c>env X=1</c>.</summary>
    public ReadOnlyItems<Assignment> Assignments { get; }

    public ReadOnlyItems<RunMount> Mounts { get; }

    /// <summary>The commands running one of <paramref name="programs"/> (after wrappers), in order.</summary>
    /// <remarks>
    /// A scan of the RUN's few commands (about five on average), not a per-RUN index by program: most RUNs are never asked
    /// about most of their programs, and the list is made only when a command matches.
    /// </remarks>
    public IEnumerable<ScriptCommand> CommandsOf(params ReadOnlySpan<string> programs)
    {
        List<ScriptCommand>? found = null;
        foreach (var sc in Commands)
        {
            if (sc.Command.ProgramName is { } p && IsOneOf(p, programs)) (found ??= []).Add(sc);
        }

        // Two statements: in one conditional the empty collection would take found's type, a new List per call.
        if (found is null) return [];
        return found;
    }

    /// <summary>True when any script runs one of <paramref name="programs"/>.</summary>
    public bool Runs(params ReadOnlySpan<string> programs)
    {
        foreach (var sc in Commands)
        {
            if (sc.Command.ProgramName is { } p && IsOneOf(p, programs)) return true;
        }

        return false;
    }

    /// <summary>True when any script runs one of <paramref name="programs"/>.</summary>
    public bool Runs(IReadOnlyList<string> programs)
    {
        foreach (var sc in Commands)
        {
            if (sc.Command.ProgramName is not { } p) continue;
            for (var n = 0; n < programs.Count; n++)
            {
                if (string.Equals(programs[n], p, StringComparison.Ordinal)) return true;
            }
        }

        return false;
    }

    private static bool IsOneOf(string program, ReadOnlySpan<string> programs)
    {
        foreach (var candidate in programs)
        {
            if (string.Equals(candidate, program, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    private static bool AnyVerification(List<ScriptCommand> commands)
    {
        foreach (var sc in commands)
        {
            if (sc.Command.Is(Verifiers) && IsVerification(sc.Command)) return true;
        }

        return false;
    }

    /// <summary>
    /// True when a command after <paramref name="command"/> in this RUN deletes <paramref name="path"/> or a folder holding it
    /// (<c>rm -rf</c>), so what the command did to it never reaches the layer.
    /// </summary>
    public bool RemovedLater(ScriptCommand command, string path)
    {
        var p = path.TrimEnd('/');
        if (p.Length == 0) return false;
        var after = false;
        foreach (var sc in Commands)
        {
            if (ReferenceEquals(sc, command))
            {
                after = true;
                continue;
            }

            if (!after || !sc.Command.Is("rm")) continue;
            foreach (var target in sc.Command.GetPositionalArguments())
            {
                var t = target.Value.TrimEnd('/');
                if (t.Length == 0) continue;
                if (p == t || p.StartsWith(t + "/", StringComparison.Ordinal) || SourcePaths.GlobMatch(t, p)) return true;
            }
        }

        return false;
    }

    /// <summary>True when a cache or tmpfs mount of this RUN holds <paramref name="path"/>.</summary>
    public bool MountCovers(string path) => Mounts.Any(m => m.IsEphemeral && m.Covers(path));

    /// <summary>The RUN's whole text: command line (or exec-form words) and every heredoc body.</summary>
    public string RawText
    {
        get
        {
            var run = Instruction;
            if (run.IsJsonForm) return string.Join(' ', run.Arguments.Select(a => a.Value));
            if (run.Heredocs.Count == 0) return run.Rest;
            var sb = new StringBuilder(run.Rest);
            foreach (var h in run.Heredocs) sb.Append('\n').Append(h.Content);
            return sb.ToString();
        }
    }

    /// <summary>
    /// Regex matches in the RUN's command line, exec-form words and heredoc bodies (for settings written to files,
    /// <c>gpgcheck=0</c>), with their file spans. A text is searched only when it holds one of <paramref name="anyOf"/>,
    /// literals one of which every match contains (ignoring case, as the rules' regexes match).
    /// </summary>
    public IEnumerable<(Match Match, SourceSpan Span)> Matches(Regex regex, LiteralSet anyOf) =>
        MayMatch(anyOf) ? FindMatches(regex, anyOf) : []; // rules ask every RUN, and most hold none of the literals

    /// <summary>True when one of the texts <see cref="FindMatches"/> searches holds one of <paramref name="anyOf"/>.</summary>
    private bool MayMatch(LiteralSet anyOf)
    {
        var run = Instruction;
        if (run.IsJsonForm)
        {
            foreach (var a in run.Arguments)
            {
                if (anyOf.In(a.Value)) return true;
            }

            return false;
        }

        if (anyOf.In(run.Rest)) return true;
        foreach (var h in run.Heredocs)
        {
            if (anyOf.In(h.Content)) return true;
        }

        return false;
    }

    private IEnumerable<(Match Match, SourceSpan Span)> FindMatches(Regex regex, LiteralSet anyOf)
    {
        var run = Instruction;
        if (run.IsJsonForm)
        {
            foreach (var a in run.Arguments)
            {
                if (!anyOf.In(a.Value)) continue;
                foreach (Match m in regex.Matches(a.Value)) yield return (m, a.Span);
            }

            yield break;
        }

        if (anyOf.In(run.Rest))
        {
            foreach (Match m in regex.Matches(run.Rest)) yield return (m, run.MapSpan(m.Index, m.Index + m.Length));
        }

        foreach (var h in run.Heredocs)
        {
            if (!anyOf.In(h.Content)) continue;
            foreach (Match m in regex.Matches(h.Content)) yield return (m, h.MapSpan(m.Index, m.Index + m.Length));
        }
    }

    private static bool IsVerification(ShellCommand c) =>
        !c.Is("gpg", "gpg2", "openssl", "rpm") || c.Arguments.Any(w => w.Value is "--verify" or "--verify-files" or "--decrypt" or "-d" or "dgst" or "-K" or "--checksig" or "-c" || w.Value.StartsWith("--verify", StringComparison.Ordinal));

    /// <summary>Get-FileHash or Get-AuthenticodeSignature with a comparison in the RUN, or certutil -hashfile.</summary>
    private static bool WindowsVerifies(WindowsScript script) =>
        (script.Comparisons.Count > 0 && script.Commands.Any(c => c.Is("get-filehash", "get-authenticodesignature")))
        || script.Commands.Any(c => c.Is("certutil") && c.Arguments.Any(a => a.Value.Equals("-hashfile", StringComparison.OrdinalIgnoreCase) || a.Value.Equals("/hashfile", StringComparison.OrdinalIgnoreCase)));

    /// <summary>The downloads of PowerShell cmdlets, Windows programs and WebClient calls (curl.exe and wget.exe are read as curl and wget).</summary>
    private static IEnumerable<Download> WindowsDownloads(WindowsRun windows)
    {
        var script = windows.Script;
        foreach (var c in script.Commands)
        {
            switch (c.Name)
            {
                case "invoke-webrequest" or "invoke-restmethod":
                {
                    var url = c.ParameterValue("Uri") ?? c.Positionals().FirstOrDefault();
                    var piped = script.Commands.Any(n => n.Pipeline == c.Pipeline && n.PipelinePosition == c.PipelinePosition + 1);
                    var output = c.HasParameter("OutFile") ? DownloadOutput.File : piped ? DownloadOutput.Pipe : DownloadOutput.Stdout;
                    yield return new Download(c.NameWord.Value, windows.SpanOf(c.NameWord), UrlOf(windows, url), output, []);
                    break;
                }

                case "start-bitstransfer":
                    yield return new Download(c.NameWord.Value, windows.SpanOf(c.NameWord), UrlOf(windows, c.ParameterValue("Source") ?? c.Positionals().FirstOrDefault()), DownloadOutput.File, []);
                    break;
                case "certutil" when c.Arguments.Any(a => a.Value.Equals("-urlcache", StringComparison.OrdinalIgnoreCase) || a.Value.Equals("/urlcache", StringComparison.OrdinalIgnoreCase)):
                case "bitsadmin" when c.Arguments.Any(a => a.Value.Equals("/transfer", StringComparison.OrdinalIgnoreCase)):
                    yield return new Download(c.NameWord.Value, windows.SpanOf(c.NameWord), UrlOf(windows, c.Arguments.FirstOrDefault(a => a.Value.Contains("://", StringComparison.Ordinal))), DownloadOutput.File, []);
                    break;
            }
        }

        foreach (var m in script.Members)
        {
            if (m.IsInvoked && WindowsFileDownloads.Any(m.Is)) yield return new Download(m.Name, windows.Map(m.Start, m.End), UrlOf(windows, m.Arguments.FirstOrDefault()), DownloadOutput.File, []);
        }
    }

    private static DownloadUrl? UrlOf(WindowsRun windows, WindowsWord? word) =>
        word is null || !(word.Value.Contains("://", StringComparison.Ordinal) || word.HasExpansion) ? null : new DownloadUrl(word.Value, windows.SpanOf(word));

    private static Download ReadDownload(ScriptCommand sc)
    {
        var c = sc.Command;
        // A word holding :// is the URL; only without one is a variable taken for it (not the output of -fSLo $HOME/x).
        var positionals = c.GetPositionalArguments(DownloaderValueOptions);
        var word = positionals.FirstOrDefault(w => w.Value.Contains("://", StringComparison.Ordinal)) ?? positionals.FirstOrDefault(w => w.HasExpansion);
        var url = word is null ? null : new DownloadUrl(word.Value, sc.SpanOf(word), word.HasExpansion);
        var tool = c.ProgramName ?? "download";
        if (c.Pipeline is { } pipeline && c.PipelineStage >= 0 && c.PipelineStage + 1 < pipeline.Stages.Count)
        {
            return new Download(tool, sc.ProgramSpan, url, DownloadOutput.Pipe, pipeline.Stages[c.PipelineStage + 1]);
        }

        var toStdout = c.Is("curl")
            ? !(c.HasFlag("-o") || c.HasFlag("-O") || c.HasFlag("--output") || c.HasFlag("--remote-name") || c.HasFlag("--remote-name-all"))
            : c.FindFlag("-O", takesValue: true) is { Value: "-" } || c.FindFlag("--output-document", takesValue: true) is { Value: "-" } || c.HasFlag("--spider");
        var redirect = c.Redirections.FirstOrDefault(r => r.Operator is ">" or ">>" && r.FileDescriptor is null or 1 && r.Target is { } t && t.Value != "/dev/null");
        return new Download(tool, sc.ProgramSpan, url, !toStdout || redirect is not null ? DownloadOutput.File : DownloadOutput.Stdout, [], redirect?.Target?.Value ?? OutputFile(c, word));
    }

    /// <summary>The file a downloader writes: its output option, or the URL's last path segment for curl -O and wget.</summary>
    private static string? OutputFile(ShellCommand c, ShellWord? url)
    {
        var named = c.Is("curl")
            ? (c.FindFlag("-o", takesValue: true) ?? c.FindFlag("--output", takesValue: true))?.Value
            : (c.FindFlag("-O", takesValue: true) ?? c.FindFlag("--output-document", takesValue: true))?.Value;
        if (named is not null) return named == "-" ? null : named;
        if (url is null || (c.Is("curl") && !c.HasFlag("-O", "--remote-name"))) return null;
        var path = url.Value.Split('?', '#')[0].TrimEnd('/');
        return path.Length == 0 ? null : path[(path.LastIndexOf('/') + 1)..];
    }

    private static ModeChange? ReadMode(ScriptCommand sc)
    {
        var c = sc.Command;
        switch (c.ProgramName)
        {
            case "chmod":
            {
                var positionals = c.GetPositionalArguments(["--reference"]);
                if (positionals.Count == 0 || positionals[0].HasExpansion || c.HasFlag("--reference")) return null;
                return new ModeChange("chmod", FileMode.Parse(positionals[0].Value), sc.SpanOf(positionals[0]), sc, positionals.Skip(1).ToArray(), false);
            }

            case "install" or "mkdir":
            {
                var flag = c.FindFlag("-m", takesValue: true) ?? c.FindFlag("--mode", takesValue: true);
                if (flag?.Value is not { } mode || mode.Contains('$', StringComparison.Ordinal)) return null;
                var directory = c.Is("mkdir") || c.HasFlag("-d") || c.HasFlag("--directory");
                var targets = c.GetPositionalArguments(["-m", "--mode", "-o", "--owner", "-g", "--group", "-t", "--target-directory", "-S", "--suffix"]);
                return new ModeChange(c.ProgramName!, FileMode.Parse(mode), sc.Script.Map(flag.ValueStart, flag.ValueEnd), sc, targets, directory);
            }

            case "umask":
            {
                if (c.Arguments.Count == 0 || c.Arguments[0].HasExpansion) return null;
                var v = c.Arguments[0].Value;
                var open = FileMode.UmaskAllowsWorldWrite(v);
                var mode = new FileMode(v, open || v.AsSpan().IndexOfAnyExceptInRange('0', '7') < 0, open, false, false, false);
                return new ModeChange("umask", mode, sc.SpanOf(c.Arguments[0]), sc, [], false);
            }

            default:
                return null;
        }
    }

    private static AccountChange ReadAccount(ScriptCommand sc)
    {
        var c = sc.Command;
        var isGroup = c.Is("groupadd", "addgroup");
        var id = isGroup
            ? c.FindFlag("-g", takesValue: true) ?? c.FindFlag("--gid", takesValue: true)
            : c.FindFlag("-u", takesValue: true) ?? c.FindFlag("--uid", takesValue: true);
        string[] valued = ["-u", "--uid", "-g", "--gid", "-G", "--groups", "-d", "--home", "--home-dir", "-s", "--shell", "-c", "--comment", "--gecos", "-h", "-k", "--skel", "-e", "--expiredate", "-f", "--inactive", "-K", "--key", "-p", "--password", "-R", "--root", "--ingroup", "--firstuid", "--lastuid", "--firstgid", "--lastgid", "-P", "--prefix"];
        var positionals = c.GetPositionalArguments(valued);
        var name = positionals.Count > 0 ? positionals[^1].Value : null;
        return new AccountChange(sc, isGroup, name, id, c.HasFlag("-l") || c.HasFlag("--no-log-init"));
    }
}
