namespace ContainerLint.Core.Dockerfile.Analysis.Windows;

using System.Collections.Frozen;

/// <summary>What the Windows readers know about names: PowerShell's aliases and verbs, its common parameters, program names, shell options.</summary>
internal static class WindowsNames
{
    /// <summary>The built-in aliases that matter to the rules, to the cmdlet they stand for.</summary>
    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["iwr"] = "invoke-webrequest", ["irm"] = "invoke-restmethod", ["iex"] = "invoke-expression", ["icm"] = "invoke-command",
        ["saps"] = "start-process", ["start"] = "start-process", ["rm"] = "remove-item", ["del"] = "remove-item", ["erase"] = "remove-item",
        ["rd"] = "remove-item", ["ri"] = "remove-item", ["rmdir"] = "remove-item", ["cd"] = "set-location", ["chdir"] = "set-location",
        ["sl"] = "set-location", ["cp"] = "copy-item", ["copy"] = "copy-item", ["cpi"] = "copy-item", ["mv"] = "move-item", ["move"] = "move-item",
        ["mi"] = "move-item", ["ls"] = "get-childitem", ["dir"] = "get-childitem", ["gci"] = "get-childitem", ["cat"] = "get-content",
        ["gc"] = "get-content", ["type"] = "get-content", ["echo"] = "write-output", ["write"] = "write-output", ["ni"] = "new-item",
        ["md"] = "new-item", ["mkdir"] = "new-item", ["ac"] = "add-content", ["ii"] = "invoke-item", ["gp"] = "get-itemproperty",
        ["sp"] = "set-itemproperty", ["%"] = "foreach-object", ["foreach"] = "foreach-object", ["?"] = "where-object", ["where"] = "where-object",
        ["select"] = "select-object", ["sleep"] = "start-sleep", ["gcm"] = "get-command", ["expand"] = "expand-archive",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>PowerShell's approved verbs (Get-Verb): a <c>Verb-Noun</c> name with one of them is a cmdlet or function, not a program.</summary>
    private static readonly FrozenSet<string> Verbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "add", "approve", "assert", "backup", "block", "build", "checkpoint", "clear", "close", "compare", "complete", "compress", "confirm", "connect",
        "convert", "convertfrom", "convertto", "copy", "debug", "deny", "deploy", "disable", "disconnect", "dismount", "edit", "enable", "enter", "exit",
        "expand", "export", "find", "foreach", "format", "get", "grant", "group", "hide", "import", "initialize", "install", "invoke", "join", "limit",
        "lock", "measure", "merge", "mount", "move", "new", "open", "optimize", "out", "ping", "pop", "protect", "publish", "push", "read", "receive",
        "redo", "register", "remove", "rename", "repair", "request", "reset", "resize", "resolve", "restart", "restore", "resume", "revoke", "save",
        "search", "select", "send", "set", "show", "skip", "sort", "split", "start", "step", "stop", "submit", "suspend", "switch", "sync", "tee", "test",
        "trace", "unblock", "undo", "uninstall", "unlock", "unprotect", "unpublish", "unregister", "update", "use", "wait", "watch", "where", "write");

    /// <summary>Parameters every cmdlet has, or switches common enough to be known (they take no value).</summary>
    public static FrozenSet<string> CommonSwitches { get; } = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "Verbose", "Debug", "WhatIf", "Confirm", "Force", "PassThru", "UseBasicParsing", "SkipCertificateCheck", "Recurse", "NoNewWindow", "Wait",
        "AllowClobber", "SkipPublisherCheck", "AllowPrerelease", "AcceptLicense", "UseDefaultCredentials", "DisableKeepAlive", "Resume",
        "SkipHttpErrorCheck", "SkipHeaderValidation", "AllowUnencryptedAuthentication", "NoProxy", "PreserveAuthorizationOnRedirect", "Asynchronous",
        "Suspended", "Raw", "Directory", "Hidden", "Append", "NoClobber", "NoTypeInformation", "IncludeAllSubFeature", "IncludeManagementTools",
        "Restart", "Online", "NoRestart", "Quiet", "ExpandProperty", "Unique", "Descending", "AsJob", "Global", "NoNewline");

    /// <summary>The common parameters, against which an abbreviation must be unambiguous.</summary>
    private static readonly string[] CommonParameters =
    [
        "Verbose", "Debug", "ErrorAction", "ErrorVariable", "WarningAction", "WarningVariable", "InformationAction", "InformationVariable",
        "OutVariable", "OutBuffer", "PipelineVariable", "WhatIf", "Confirm",
    ];

    /// <summary>cmd's built-in commands (no program of that name runs).</summary>
    private static readonly FrozenSet<string> CmdBuiltIns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "assoc", "call", "cd", "chdir", "cls", "color", "copy", "date", "del", "dir", "echo", "endlocal", "erase", "exit", "for", "ftype", "goto", "if",
        "md", "mkdir", "mklink", "move", "path", "pause", "popd", "prompt", "pushd", "rd", "rem", "ren", "rename", "rmdir", "set", "setlocal", "shift",
        "start", "time", "title", "type", "ver", "verify", "vol");

    /// <summary>Options of powershell.exe/pwsh that take a value.</summary>
    private static readonly string[] ShellValueOptions =
        ["executionpolicy", "ep", "ex", "inputformat", "inp", "if", "outputformat", "of", "o", "windowstyle", "w", "win", "version", "v", "psconsolefile", "configurationname", "config", "workingdirectory", "wd", "settingsfile", "custompipename"];

    /// <summary>A PowerShell command name: the alias's cmdlet, a cmdlet in lower case, or a program's base name. Sets <paramref name="isCmdlet"/>.</summary>
    public static string PowerShellName(string written, bool windowsPowerShell, out bool isCmdlet)
    {
        if (Aliases.TryGetValue(written, out var cmdlet))
        {
            isCmdlet = true;
            return cmdlet;
        }

        // Windows PowerShell aliases curl and wget to Invoke-WebRequest; PowerShell 7 runs the programs.
        if (windowsPowerShell && (written.Equals("curl", StringComparison.OrdinalIgnoreCase) || written.Equals("wget", StringComparison.OrdinalIgnoreCase)))
        {
            isCmdlet = true;
            return "invoke-webrequest";
        }

        var dash = written.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && written.AsSpan().IndexOfAny('\\', '/', '.') < 0 && Verbs.Contains(written[..dash]))
        {
            isCmdlet = true;
            return written.ToLowerInvariant();
        }

        isCmdlet = false;
        return ProgramName(written);
    }

    /// <summary>A cmd command name: a built-in in lower case, or a program's base name.</summary>
    public static string CmdName(string written) => CmdBuiltIns.Contains(written) ? written.ToLowerInvariant() : ProgramName(written);

    /// <summary>The base name of a program path, lower case, without <c>.exe</c>, <c>.cmd</c>, <c>.bat</c> or <c>.com</c>.</summary>
    public static string ProgramName(string written)
    {
        var p = written.Trim('"', '\'');
        var name = p[(Math.Max(p.LastIndexOf('\\'), p.LastIndexOf('/')) + 1)..].ToLowerInvariant();
        foreach (var ext in (ReadOnlySpan<string>)[".exe", ".cmd", ".bat", ".com"])
        {
            if (name.EndsWith(ext, StringComparison.Ordinal)) return name[..^ext.Length];
        }

        return name;
    }

    /// <summary>True when <paramref name="prefix"/> abbreviates <paramref name="name"/> without also abbreviating a common parameter.</summary>
    public static bool IsUnambiguousPrefix(string prefix, string name)
    {
        foreach (var common in CommonParameters)
        {
            if (!common.Equals(name, StringComparison.OrdinalIgnoreCase) && common.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return false;
        }

        return true;
    }

    /// <summary>
    /// Where the script of a powershell.exe/pwsh command line starts: the word after <c>-Command</c>/<c>-c</c>, or, for
    /// powershell.exe, the first word that is not an option (its default is -Command). -1 for -File, -EncodedCommand,
    /// standard input (<c>-Command -</c>), or no script.
    /// </summary>
    public static int PowerShellScriptStart(IReadOnlyList<WindowsWord> args, bool windowsPowerShell)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var v = args[i].Value;
            if (v.Length < 2 || (v[0] != '-' && v[0] != '/'))
            {
                return windowsPowerShell ? i : -1;
            }

            var name = v.TrimStart('-', '/').ToLowerInvariant();
            if (name.Length > 0 && "command".StartsWith(name, StringComparison.Ordinal))
            {
                return i + 1 < args.Count && args[i + 1].Value != "-" ? i + 1 : -1;
            }

            if (name is "file" or "f" || (name.Length > 0 && "encodedcommand".StartsWith(name, StringComparison.Ordinal)) || name == "ec") return -1;
            if (Array.IndexOf(ShellValueOptions, name) >= 0) i++;
        }

        return -1;
    }
}
