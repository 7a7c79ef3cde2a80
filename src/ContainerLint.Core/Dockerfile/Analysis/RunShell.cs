namespace ContainerLint.Core.Dockerfile.Analysis;

/// <summary>The language a RUN's text is written in.</summary>
public enum ShellKind
{
    /// <summary>A POSIX shell (<c>/bin/sh -c</c>, bash, dash, ash, busybox …): parsed and checked.</summary>
    Posix,

    /// <summary>Windows PowerShell or PowerShell Core (<c>SHELL ["powershell", "-Command"]</c>, pwsh).</summary>
    PowerShell,

    /// <summary>Windows <c>cmd /S /C</c> (the default shell of a Windows base image).</summary>
    Cmd,

    /// <summary>Another interpreter (a heredoc with a <c>#!/usr/bin/env python3</c> shebang, a SHELL of another program).</summary>
    Other,
}

/// <summary>The shell a RUN runs under, from the stage's SHELL instruction (or its base stages') and the base image.</summary>
/// <param name="Argv">The SHELL argv, or the default <c>/bin/sh -c</c> (<c>cmd /S /C</c> on Windows).</param>
/// <param name="Kind">The language of the RUN's text.</param>
/// <param name="IsExplicit">True when a SHELL instruction (or a heredoc's shebang or consumer) chose it.</param>
public sealed record RunShell(IReadOnlyList<string> Argv, ShellKind Kind, bool IsExplicit)
{
    public static RunShell PosixDefault { get; } = new(["/bin/sh", "-c"], ShellKind.Posix, false);

    public static RunShell WindowsDefault { get; } = new(["cmd", "/S", "/C"], ShellKind.Cmd, false);

    private static readonly string[] PosixShells = ["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "busybox"];

    public bool IsPosix => Kind == ShellKind.Posix;

    /// <summary>True for PowerShell and cmd.</summary>
    public bool IsWindows => Kind is ShellKind.PowerShell or ShellKind.Cmd;

    /// <summary>True when the SHELL turns pipefail on (<c>["/bin/bash", "-o", "pipefail", "-c"]</c>, <c>-euo pipefail</c>).</summary>
    public bool SetsPipefail
    {
        get
        {
            for (var i = 0; i + 1 < Argv.Count; i++)
            {
                var a = Argv[i];
                if (a.Length >= 2 && a[0] == '-' && a.AsSpan(1).IndexOfAnyExceptInRange('a', 'z') < 0 && a.Contains('o', StringComparison.Ordinal) && Argv[i + 1] == "pipefail") return true;
            }

            return false;
        }
    }

    /// <summary>The language of a program given by path or name (<c>/bin/bash</c>, <c>pwsh.exe</c>, <c>C:\Windows\System32\cmd.exe</c>).</summary>
    public static ShellKind KindOf(string program)
    {
        var name = ProgramBase(program);
        if (name is "powershell" or "pwsh") return ShellKind.PowerShell;
        if (name == "cmd") return ShellKind.Cmd;
        return IsPosixShell(name) ? ShellKind.Posix : ShellKind.Other;
    }

    /// <summary>True for the POSIX shells, by base name.</summary>
    public static bool IsPosixShell(string name) => Array.IndexOf(PosixShells, name) >= 0;

    /// <summary>The lower-case base name of a program path without <c>.exe</c>.</summary>
    public static string ProgramBase(string program)
    {
        var p = program.Replace('\\', '/');
        var name = p[(p.LastIndexOf('/') + 1)..].ToLowerInvariant();
        return name.EndsWith(".exe", StringComparison.Ordinal) ? name[..^4] : name;
    }
}
