namespace ContainerLint.Core.Dockerfile.Analysis;

using ContainerLint.Core.Knowledge;
using ContainerLint.Core.Model;
using ContainerLint.Core.Shell;

/// <summary>How a download's content leaves the downloader.</summary>
public enum DownloadOutput
{
    /// <summary>Saved to a file (<c>-o</c>, <c>-O</c>, a redirection, wget's default).</summary>
    File,

    /// <summary>Piped into the next command of a pipeline (<see cref="Download.PipedInto"/>).</summary>
    Pipe,

    /// <summary>Written to standard output and nowhere else (a probe, a value for a substitution).</summary>
    Stdout,
}

/// <summary>
/// A download of a RUN: curl or wget (also curl.exe run from PowerShell or cmd), or on Windows Invoke-WebRequest,
/// Invoke-RestMethod, Start-BitsTransfer, certutil -urlcache, bitsadmin /transfer and WebClient.DownloadFile.
/// </summary>
/// <param name="Tool">The downloader: <c>curl</c>, <c>wget</c>, or as written (<c>iwr</c>, <c>Invoke-WebRequest</c>, <c>DownloadFile</c>).</param>
/// <param name="ToolSpan">Where it is named.</param>
/// <param name="Url">The URL (the first URL-like argument: holding <c>://</c> or a variable), or null.</param>
/// <param name="Output">Where the content goes.</param>
/// <param name="PipedInto">The commands of the next pipeline stage when a POSIX download is <see cref="DownloadOutput.Pipe"/>d.</param>
/// <param name="OutputFile">The file it writes (<c>-o</c>, <c>-O</c>, wget's default name), when known.</param>
public sealed record Download(string Tool, SourceSpan ToolSpan, DownloadUrl? Url, DownloadOutput Output, IReadOnlyList<ShellCommand> PipedInto, string? OutputFile = null);

/// <summary>The URL of a download as written, and where; <paramref name="HasExpansion"/>: a POSIX word that names Dockerfile or shell variables.</summary>
public sealed record DownloadUrl(string Value, SourceSpan Span, bool HasExpansion = false);

/// <summary>A permission change: <c>chmod</c>, <c>install -m</c>, <c>mkdir -m</c>, <c>umask</c>, or <c>COPY/ADD --chmod</c>.</summary>
/// <param name="Program">What sets it (<c>chmod</c>, <c>install</c>, <c>mkdir</c>, <c>umask</c>, <c>COPY --chmod</c>).</param>
/// <param name="Mode">The parsed mode (for umask, the umask text; see <see cref="IsUmask"/>).</param>
/// <param name="Span">The mode word.</param>
/// <param name="Command">The shell command, or null for <c>COPY --chmod</c>.</param>
/// <param name="Targets">The paths it applies to (positionals after the mode).</param>
/// <param name="IsDirectory">True when it creates or applies to directories only (<c>mkdir -m</c>, <c>install -d</c>).</param>
public sealed record ModeChange(string Program, FileMode Mode, SourceSpan Span, ScriptCommand? Command, IReadOnlyList<ShellWord> Targets, bool IsDirectory)
{
    public bool IsUmask => Program == "umask";
}

/// <summary>A user or group created by <c>useradd</c>, <c>adduser</c>, <c>groupadd</c> or <c>addgroup</c>.</summary>
/// <param name="IsGroup">True for groups.</param>
/// <param name="Name">The account name (last positional), or null.</param>
/// <param name="Id">The <c>-u</c>/<c>--uid</c> (<c>-g</c>/<c>--gid</c> for groups) flag, or null.</param>
/// <param name="NoLogInit">True with <c>-l</c>/<c>--no-log-init</c>.</param>
public sealed record AccountChange(ScriptCommand Command, bool IsGroup, string? Name, ShellFlag? Id, bool NoLogInit)
{
    /// <summary>The numeric id as written, or null when absent or not a number.</summary>
    public string? NumericId => Id?.Value is { Length: > 0 } v && v.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0 ? v : null;

    public SourceSpan? IdSpan => Id is { } f ? Command.Script.Map(f.ValueStart, f.ValueEnd) : null;
}

/// <summary>Where a variable assignment is made.</summary>
public enum AssignmentOrigin
{
    Env,
    Arg,

    /// <summary>In a RUN: <c>X=1 cmd</c>, <c>export X=1</c>, <c>env X=1 cmd</c>.</summary>
    Run,
}

/// <summary>A variable assignment an image or a build step makes.</summary>
/// <param name="Name">The variable.</param>
/// <param name="Value">The value with surrounding quotes removed.</param>
/// <param name="Span">The assignment (ENV/ARG pair or shell word).</param>
public sealed record Assignment(string Name, string Value, SourceSpan Span, AssignmentOrigin Origin);

/// <summary>A <c>RUN --mount</c> specification.</summary>
/// <param name="Type">The mount type (lower case; <c>bind</c> when absent).</param>
/// <param name="Target">The <c>target</c>/<c>dst</c>/<c>destination</c>, or null.</param>
/// <param name="Source">The <c>source</c>/<c>src</c>, or null.</param>
/// <param name="Flag">The flag.</param>
public sealed record RunMount(string Type, string? Target, string? Source, InstructionFlag Flag)
{
    /// <summary>True for cache and tmpfs mounts: what they hold never reaches the image.</summary>
    public bool IsEphemeral => Type is "cache" or "tmpfs";

    /// <summary>Reads one <c>--mount</c> value (<c>type=cache,target=/root/.cache</c>).</summary>
    public static RunMount Parse(InstructionFlag flag)
    {
        string type = "bind";
        string? target = null;
        string? source = null;
        foreach (var part in (flag.Value ?? "").Split(','))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0) continue;
            var key = part[..eq].Trim().ToLowerInvariant();
            var v = part[(eq + 1)..].Trim().Trim('"', '\'');
            if (key == "type") type = v.ToLowerInvariant();
            else if (key is "target" or "dst" or "destination") target = v;
            else if (key is "source" or "src") source = v;
        }

        return new RunMount(type, target, source, flag);
    }

    /// <summary>True when the mount target is <paramref name="path"/> or a folder holding it.</summary>
    public bool Covers(string path)
    {
        if (Target is null) return false;
        var t = Target.TrimEnd('/');
        return t.Length == 0 || path.Equals(t, StringComparison.Ordinal) || path.StartsWith(t + "/", StringComparison.Ordinal);
    }
}
