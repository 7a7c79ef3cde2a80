namespace ContainerLint.Core.Dockerfile.Analysis;

using System.Buffers;
using System.Text.RegularExpressions;
using ContainerLint.Core.Model;
using ContainerLint.Core.Shell;

/// <summary>The package managers the rules understand.</summary>
public enum PackageManagerKind
{
    Apt,
    Apk,
    Yum,
    Dnf,
    Microdnf,
    Tdnf,
    Zypper,
    Pacman,
    Pip,
    Npm,
    Yarn,
    Pnpm,
    Gem,
    Go,

    /// <summary>Chocolatey on Windows: <c>choco install</c>, <c>cinst</c>.</summary>
    Chocolatey,

    /// <summary>The PowerShell Gallery: <c>Install-Module</c>, <c>Install-PSResource</c>, <c>Install-Package</c>.</summary>
    PowerShellGallery,
}

/// <summary>What a package-manager command does.</summary>
public enum PackageAction
{
    Other,
    Install,
    Remove,
    UpdateIndex,
    Upgrade,
    Clean,
}

/// <summary>One package named on a command line: its word (for spans), its name without version or architecture, and whether a version is pinned.</summary>
public sealed record PackageArgument(ShellWord Word, string Name, bool IsPinned);

/// <summary>
/// One package-manager command of a RUN script (wrappers such as <c>sudo</c>, <c>env</c>, <c>xx-apt-get</c> seen
/// through): which manager, its subcommand, the packages it names and the local package files it installs.
/// </summary>
/// <param name="Script">The script it is in (spans).</param>
/// <param name="Command">The shell command.</param>
/// <param name="Kind">The manager.</param>
/// <param name="Program">The program as run (<c>apt-get</c>, <c>pip3</c>, <c>python3 -m pip</c>).</param>
/// <param name="Subcommand">The subcommand word (<c>install</c>), or null.</param>
/// <param name="Action">What the subcommand does.</param>
/// <param name="Packages">Package names (not options, option values, local files or URLs).</param>
/// <param name="LocalFiles">Package files on disk or URLs it installs (<c>./app.deb</c>, <c>/tmp/packages/*.apk</c>).</param>
public sealed record PackageOperation(
    RunScript Script, ShellCommand Command, PackageManagerKind Kind, string Program, ShellWord? Subcommand, PackageAction Action,
    IReadOnlyList<PackageArgument> Packages, IReadOnlyList<ShellWord> LocalFiles)
{
    /// <summary>The user-facing command name, e.g. <c>apt-get install</c>.</summary>
    public string Display => Subcommand is null ? Program : $"{Program} {Subcommand.Value}";

    /// <summary>The span from the program through the subcommand.</summary>
    public SourceSpan Span => Script.SpanOf(Command, Subcommand);

    /// <summary>True for the Debian family (apt-get, apt, aptitude).</summary>
    public bool IsApt => Kind == PackageManagerKind.Apt;

    /// <summary>True for the RPM family (yum, dnf, microdnf, tdnf).</summary>
    public bool IsRpm => Kind is PackageManagerKind.Yum or PackageManagerKind.Dnf or PackageManagerKind.Microdnf or PackageManagerKind.Tdnf;

    /// <summary>True for the operating system's package managers (as opposed to language ecosystems).</summary>
    public bool IsDistribution => Kind is PackageManagerKind.Apt or PackageManagerKind.Apk or PackageManagerKind.Zypper or PackageManagerKind.Pacman || IsRpm;

    /// <summary>Managers that share one package index (apt/apt-get/aptitude; yum/dnf/microdnf/tdnf).</summary>
    public int Family => IsApt ? 0 : IsRpm ? 1 : (int)Kind + 10;
}

/// <summary>The one package-manager recogniser: every rule about packages reads its result from the RUN facts.</summary>
internal static partial class PackageManagers
{
    /// <summary>The package-manager reading of one command, or null.</summary>
    public static PackageOperation? Recognize(RunScript script, ShellCommand command)
    {
        var program = command.ProgramName;
        if (program is null) return null;
        if (program is "choco" or "chocolatey" or "cinst" or "cup" or "cuninst") return Chocolatey(script, command, program);
        if (script.Origin == ScriptOrigin.WindowsCommand && program is "install-module" or "install-psresource" or "install-package")
        {
            return PowerShellGallery(script, command, program);
        }

        var kind = KindOf(program);
        var isPython = kind is null && ((program.StartsWith("python", StringComparison.Ordinal) && PythonName().IsMatch(program)) || program == "uv");
        if (kind is null && !isPython) return null; // most commands: their arguments are not listed

        var args = command.Arguments;
        var offset = 0;
        if (isPython)
        {
            // python -m pip install …, uv pip install …
            var at = -1;
            for (var i = 0; i + 1 < args.Count; i++)
            {
                if ((program == "uv" && i == 0 && args[0].Value == "pip") || (args[i].Value == "-m" && args[i + 1].Value is "pip" or "pip3"))
                {
                    at = program == "uv" ? 1 : i + 2;
                    break;
                }
            }

            if (at < 0) return null;
            kind = PackageManagerKind.Pip;
            offset = at;
            program = program == "uv" ? "uv pip" : $"{program} -m pip";
        }

        if (kind is not { } k) return null;
        var positionals = Positionals(args, offset, ValueOptionsKey(k, program));
        if (k == PackageManagerKind.Pacman) return Pacman(script, command, program, positionals);
        var sub = k == PackageManagerKind.Yarn && positionals.Count == 0 ? null : positionals.Count > 0 ? positionals[0] : null;
        var rest = positionals.Count > 1 ? positionals.GetRange(1, positionals.Count - 1) : [];
        var action = ActionOf(k, sub?.Value, rest.Count);
        if (k == PackageManagerKind.Apk && sub?.Value == "add" && (command.HasFlag("-U") || command.HasFlag("--update") || command.HasFlag("--update-cache")))
        {
            action = PackageAction.Install;
        }

        var packages = new List<PackageArgument>();
        var files = new List<ShellWord>();
        if (action is PackageAction.Install or PackageAction.Remove)
        {
            foreach (var w in rest)
            {
                if (IsLocalFile(k, w.Value)) files.Add(w);
                else if (IsPackageWord(k, w.Value)) packages.Add(new PackageArgument(w, NameOf(k, w.Value), w.HasExpansion || IsPinned(k, command, w.Value)));
            }
        }

        return new PackageOperation(script, command, k, program, sub, action, packages, files);
    }

    private static PackageOperation Pacman(RunScript script, ShellCommand command, string program, List<ShellWord> positionals)
    {
        var sync = command.Arguments.FirstOrDefault(a => a.Value.StartsWith("-S", StringComparison.Ordinal) && !a.Value.StartsWith("--", StringComparison.Ordinal));
        var action = sync is null ? PackageAction.Other
            : positionals.Count > 0 ? PackageAction.Install
            : sync.Value.Contains('u', StringComparison.Ordinal) ? PackageAction.Upgrade
            : sync.Value.Contains('y', StringComparison.Ordinal) ? PackageAction.UpdateIndex
            : sync.Value.Contains('c', StringComparison.Ordinal) ? PackageAction.Clean
            : PackageAction.Other;
        var packages = action == PackageAction.Install
            ? positionals.Where(w => IsPackageWord(PackageManagerKind.Pacman, w.Value)).Select(w => new PackageArgument(w, NameOf(PackageManagerKind.Pacman, w.Value), w.HasExpansion || IsPinned(PackageManagerKind.Pacman, command, w.Value))).ToArray()
            : [];
        return new PackageOperation(script, command, PackageManagerKind.Pacman, program, sync, action, packages, []);
    }

    /// <summary>
    /// choco/cinst: options come as <c>-x</c>, <c>--x</c> or <c>/x</c>, with <c>=</c>, <c>:</c> or a space before a value;
    /// <c>--version</c> pins every package of the command.
    /// </summary>
    private static PackageOperation Chocolatey(RunScript script, ShellCommand command, string program)
    {
        ShellWord? sub = null;
        var pinned = false;
        var names = new List<ShellWord>();
        var files = new List<ShellWord>();
        var args = command.Arguments;
        for (var i = 0; i < args.Count; i++)
        {
            var v = args[i].Value;
            if (v.Length > 1 && v[0] is '-' or '/')
            {
                var option = v.TrimStart('-', '/');
                var cut = option.AsSpan().IndexOfAny('=', ':');
                var name = (cut >= 0 ? option[..cut] : option).ToLowerInvariant();
                if (name == "version") pinned = true;
                if (cut < 0 && Array.IndexOf(ChocolateyValueOptions, name) >= 0) i++;
                continue;
            }

            if (sub is null && program is "choco" or "chocolatey") sub = args[i];
            else if (v.EndsWith(".config", StringComparison.OrdinalIgnoreCase) || v.EndsWith(".nupkg", StringComparison.OrdinalIgnoreCase) || v.Contains('\\', StringComparison.Ordinal) || v.Contains('/', StringComparison.Ordinal)) files.Add(args[i]);
            else names.Add(args[i]);
        }

        var verb = program switch { "cinst" => "install", "cup" => "upgrade", "cuninst" => "uninstall", _ => sub?.Value.ToLowerInvariant() };
        var action = verb switch
        {
            "install" => PackageAction.Install,
            "upgrade" when names.Any(n => n.Value.Equals("all", StringComparison.OrdinalIgnoreCase)) => PackageAction.Upgrade,
            "upgrade" => PackageAction.Install,
            "uninstall" => PackageAction.Remove,
            _ => PackageAction.Other,
        };
        var packages = action is PackageAction.Install or PackageAction.Remove ? names.Select(n => new PackageArgument(n, n.Value, pinned || n.HasExpansion)).ToArray() : [];
        return new PackageOperation(script, command, PackageManagerKind.Chocolatey, program, sub, action, packages, files);
    }

    private static readonly string[] ChocolateyValueOptions =
    [
        "version", "source", "s", "params", "parameters", "package-parameters", "packageparameters", "installargs", "install-arguments", "installarguments",
        "ia", "timeout", "execution-timeout", "executiontimeout", "t", "cache", "cache-location", "cachelocation", "c", "user", "u", "password", "p", "cert",
        "cp", "certpassword", "checksum", "checksum64", "checksumtype", "checksum-type", "checksumtype64", "checksum-type-x64", "download-checksum",
        "download-checksum-x64", "download-checksum-type", "download-checksum-type-x64", "log-file", "proxy", "proxy-user", "proxy-password",
        "proxy-bypass-list", "name", "n", "value", "reason", "pin-reason",
    ];

    /// <summary>
    /// Install-Module/Install-PSResource/Install-Package (read by the PowerShell reader, parameters in lower case): the
    /// -Name value(s) or the positional names; -RequiredVersion (-Version for PSResource) pins them.
    /// </summary>
    private static PackageOperation PowerShellGallery(RunScript script, ShellCommand command, string program)
    {
        var names = new List<ShellWord>();
        var pinned = false;
        var args = command.Arguments;
        string? parameter = null;
        for (var i = 0; i < args.Count; i++)
        {
            var v = args[i].Value;
            if (v.Length > 1 && v[0] == '-' && char.IsAsciiLetter(v[1]))
            {
                var colon = v.IndexOf(':', StringComparison.Ordinal);
                var name = colon >= 0 ? v[1..colon] : v[1..];
                if (name is "requiredversion" or "version") pinned = true;
                parameter = colon < 0 && !Windows.WindowsNames.CommonSwitches.Contains(name) && name is not ("trustrepository" or "reinstall" or "noclobber") ? name : null;
                if (colon >= 0 && name == "name") names.Add(args[i]);
                continue;
            }

            // Words after -Name (A, B) or not after any value-taking parameter are module names.
            if (parameter is null || parameter == "name") names.Add(args[i]);
            if (parameter != "name") parameter = null;
        }

        var packages = names.Select(n => new PackageArgument(n, n.Value.StartsWith("-name:", StringComparison.Ordinal) ? n.Value[6..] : n.Value, pinned || n.HasExpansion)).ToArray();
        return new PackageOperation(script, command, PackageManagerKind.PowerShellGallery, command.Words[0].Value, null, PackageAction.Install, packages, []);
    }

    /// <summary>The key of <see cref="CommandWrappers"/>' table of options that take a value, for a manager.</summary>
    private static string ValueOptionsKey(PackageManagerKind kind, string program) => kind switch
    {
        PackageManagerKind.Pip => "pip",
        PackageManagerKind.Apt => program.StartsWith("xx-", StringComparison.Ordinal) ? "apt-get" : program,
        PackageManagerKind.Apk => "apk",
        PackageManagerKind.Yum => "yum",
        PackageManagerKind.Dnf => "dnf",
        PackageManagerKind.Tdnf => "dnf",
        _ => program,
    };

    private static List<ShellWord> Positionals(IReadOnlyList<ShellWord> args, int offset, string key)
    {
        var valued = CommandWrappers.KnownValueOptions(key);
        var result = new List<ShellWord>();
        var dashDash = false;
        for (var i = offset; i < args.Count; i++)
        {
            // Compared in place: an option's value is never kept, a package's is cut once when it is named.
            var v = args[i].ValueSpan;
            if (dashDash || v.Length < 2 || v[0] != '-')
            {
                result.Add(args[i]);
                continue;
            }

            if (v is "--")
            {
                dashDash = true;
                continue;
            }

            if (IndexOf(valued, v) >= 0) i++;
        }

        return result;
    }

    private static int IndexOf(string[] values, ReadOnlySpan<char> value)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (value.SequenceEqual(values[i])) return i;
        }

        return -1;
    }

    private static PackageManagerKind? KindOf(string program) => program switch
    {
        "apt-get" or "apt" or "aptitude" or "xx-apt-get" or "xx-apt" => PackageManagerKind.Apt,
        "apk" or "xx-apk" => PackageManagerKind.Apk,
        "yum" => PackageManagerKind.Yum,
        "dnf" or "dnf5" or "xx-dnf" => PackageManagerKind.Dnf,
        "microdnf" => PackageManagerKind.Microdnf,
        "tdnf" => PackageManagerKind.Tdnf,
        "zypper" => PackageManagerKind.Zypper,
        "pacman" => PackageManagerKind.Pacman,
        "npm" => PackageManagerKind.Npm,
        "yarn" => PackageManagerKind.Yarn,
        "pnpm" => PackageManagerKind.Pnpm,
        "gem" => PackageManagerKind.Gem,
        "go" => PackageManagerKind.Go,
        _ when program.StartsWith("pip", StringComparison.Ordinal) && PipName().IsMatch(program) => PackageManagerKind.Pip, // every command is asked: no regex for most
        _ => null,
    };

    private static bool IsRpmFamily(PackageManagerKind kind) => kind is PackageManagerKind.Yum or PackageManagerKind.Dnf or PackageManagerKind.Microdnf or PackageManagerKind.Tdnf;

    private static PackageAction ActionOf(PackageManagerKind kind, string? sub, int restCount) => (kind, sub) switch
    {
        (PackageManagerKind.Yarn, null) => PackageAction.Install,
        (_, null) => PackageAction.Other,
        (PackageManagerKind.Apt, "install" or "reinstall") => PackageAction.Install,
        (PackageManagerKind.Apt, "remove" or "purge" or "autoremove") => PackageAction.Remove,
        (PackageManagerKind.Apt, "update") => PackageAction.UpdateIndex,
        (PackageManagerKind.Apt, "upgrade" or "dist-upgrade" or "full-upgrade" or "safe-upgrade") => PackageAction.Upgrade,
        (PackageManagerKind.Apt, "clean" or "autoclean" or "distclean" or "dist-clean") => PackageAction.Clean,
        (PackageManagerKind.Apk, "add") => PackageAction.Install,
        (PackageManagerKind.Apk, "del") => PackageAction.Remove,
        (PackageManagerKind.Apk, "update") => PackageAction.UpdateIndex,
        (PackageManagerKind.Apk, "upgrade") => PackageAction.Upgrade,
        (PackageManagerKind.Apk, "cache") => PackageAction.Clean,
        (_, "install" or "groupinstall" or "localinstall" or "reinstall") when IsRpmFamily(kind) => PackageAction.Install,
        (_, "remove" or "erase" or "autoremove") when IsRpmFamily(kind) => PackageAction.Remove,
        (_, "makecache") when IsRpmFamily(kind) => PackageAction.UpdateIndex,
        (_, "update" or "upgrade" or "distro-sync" or "distribution-synchronization") when IsRpmFamily(kind) && restCount == 0 => PackageAction.Upgrade,
        (_, "update" or "upgrade") when IsRpmFamily(kind) => PackageAction.Install,
        (_, "clean") when IsRpmFamily(kind) => PackageAction.Clean,
        (PackageManagerKind.Zypper, "install" or "in") => PackageAction.Install,
        (PackageManagerKind.Zypper, "remove" or "rm") => PackageAction.Remove,
        (PackageManagerKind.Zypper, "refresh" or "ref") => PackageAction.UpdateIndex,
        (PackageManagerKind.Zypper, "dup" or "dist-upgrade") => PackageAction.Upgrade,
        (PackageManagerKind.Zypper, "update" or "up") when restCount == 0 => PackageAction.Upgrade,
        (PackageManagerKind.Zypper, "clean" or "cc") => PackageAction.Clean,
        (PackageManagerKind.Pip, "install") => PackageAction.Install,
        (PackageManagerKind.Pip, "uninstall") => PackageAction.Remove,
        (PackageManagerKind.Npm, "install" or "i" or "add" or "ci") => PackageAction.Install,
        (PackageManagerKind.Npm, "uninstall" or "remove" or "rm") => PackageAction.Remove,
        (PackageManagerKind.Yarn or PackageManagerKind.Pnpm, "install" or "add" or "i") => PackageAction.Install,
        (PackageManagerKind.Yarn or PackageManagerKind.Pnpm, "remove") => PackageAction.Remove,
        (PackageManagerKind.Gem, "install") => PackageAction.Install,
        (PackageManagerKind.Gem, "uninstall") => PackageAction.Remove,
        (PackageManagerKind.Go, "install") => PackageAction.Install,
        _ => PackageAction.Other,
    };

    /// <summary>A package file or URL rather than a name from the configured repositories.</summary>
    private static bool IsLocalFile(PackageManagerKind kind, string v)
    {
        if (v.Length == 0) return false;
        if (v.StartsWith('/') || v.StartsWith("./", StringComparison.Ordinal) || v.StartsWith("../", StringComparison.Ordinal) || v.StartsWith('~')) return true;
        if (v.Contains("://", StringComparison.Ordinal)) return true;
        return kind switch
        {
            PackageManagerKind.Apt => v.EndsWith(".deb", StringComparison.Ordinal),
            PackageManagerKind.Apk => v.EndsWith(".apk", StringComparison.Ordinal),
            PackageManagerKind.Pacman => v.Contains(".pkg.tar", StringComparison.Ordinal),
            _ when IsRpmFamily(kind) || kind == PackageManagerKind.Zypper => v.EndsWith(".rpm", StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary>A package name rather than a group, requirement file, git source or local path.</summary>
    private static bool IsPackageWord(PackageManagerKind kind, string v)
    {
        if (v.Length == 0 || v == "." || v.StartsWith("git+", StringComparison.Ordinal)) return false;
        return kind switch
        {
            _ when IsRpmFamily(kind) || kind == PackageManagerKind.Zypper => !v.StartsWith('@'),
            PackageManagerKind.Pip => !v.EndsWith(".whl", StringComparison.Ordinal) && !v.EndsWith(".tar.gz", StringComparison.Ordinal) && !v.EndsWith(".zip", StringComparison.Ordinal) && !v.Contains('/'),
            PackageManagerKind.Npm or PackageManagerKind.Yarn or PackageManagerKind.Pnpm => !v.EndsWith(".tgz", StringComparison.Ordinal) && !v.StartsWith("file:", StringComparison.Ordinal) && !v.StartsWith("github:", StringComparison.Ordinal) && (v.StartsWith('@') || !v.Contains('/')),
            PackageManagerKind.Gem => !v.EndsWith(".gem", StringComparison.Ordinal),
            PackageManagerKind.Go => !v.StartsWith('.') && v.Contains('.'),
            _ => true,
        };
    }

    // Made once: a collection expression for a char[] argument is a new array on every call (every package word).
    private static readonly SearchValues<char> AptNameEnd = SearchValues.Create("=/:");
    private static readonly SearchValues<char> ApkVersion = SearchValues.Create("=~<>");
    private static readonly SearchValues<char> PipNameEnd = SearchValues.Create("=<>~![@; ");
    private static readonly SearchValues<char> PipVersion = SearchValues.Create("=<>~@");

    /// <summary>The package name without version, release or architecture (<c>curl=8.0</c>, <c>curl/bookworm-backports</c>, <c>libc6:amd64</c> → <c>curl</c>, <c>libc6</c>).</summary>
    internal static string NameOf(PackageManagerKind kind, string v)
    {
        // pacman names a package's repository first: core/icu.
        if (kind == PackageManagerKind.Pacman && v.IndexOf('/', StringComparison.Ordinal) is var slash and > 0) v = v[(slash + 1)..];
        var end = kind switch
        {
            PackageManagerKind.Apt => v.AsSpan().IndexOfAny(AptNameEnd),
            PackageManagerKind.Apk => v.AsSpan().IndexOfAny(ApkVersion),
            PackageManagerKind.Pip => v.AsSpan().IndexOfAny(PipNameEnd),
            PackageManagerKind.Npm or PackageManagerKind.Yarn or PackageManagerKind.Pnpm => v.Length > 1 ? v.IndexOf('@', 1) : -1,
            PackageManagerKind.Gem => v.IndexOf(':', StringComparison.Ordinal),
            PackageManagerKind.Go => v.IndexOf('@', StringComparison.Ordinal),
            _ => v.AsSpan().IndexOfAny('=', '<', '>') is var cut and > 0 ? cut : RpmVersion().Match(v) is { Success: true } m ? m.Length - 2 : -1,
        };
        return end > 0 ? v[..end] : v;
    }

    /// <summary>True when the package word carries a version.</summary>
    private static bool IsPinned(PackageManagerKind kind, ShellCommand command, string v) => kind switch
    {
        PackageManagerKind.Apt => v.Contains('=', StringComparison.Ordinal),
        PackageManagerKind.Apk => v.AsSpan().IndexOfAny(ApkVersion) > 0,
        PackageManagerKind.Pip => v.AsSpan().IndexOfAny(PipVersion) > 0,
        // pnpm@latest names a moving dist-tag, not a version.
        PackageManagerKind.Npm or PackageManagerKind.Yarn or PackageManagerKind.Pnpm => v.Length > 1 && v.IndexOf('@', 1) is > 0 and var at && v[(at + 1)..] is not ("latest" or "next" or ""),
        PackageManagerKind.Gem => v.Contains(':', StringComparison.Ordinal) || command.HasFlag("-v") || command.HasFlag("--version"),
        // Without @version, go install takes the version go.mod pins (and refuses to run outside a module): only a
        // floating query (@latest, a branch name) leaves the version to the day of the build.
        PackageManagerKind.Go => v.IndexOf('@', StringComparison.Ordinal) is var at && (at < 0 || !IsGoFloatingQuery(v[(at + 1)..])),
        PackageManagerKind.Pacman => v.AsSpan().IndexOfAny('=', '<', '>') > 0,
        _ => RpmVersion().IsMatch(v) || v.AsSpan().IndexOfAny('=', '<', '>') > 0,
    };

    private static bool IsGoFloatingQuery(string query) => query is "latest" or "upgrade" or "patch" or "master" or "main" or "HEAD" or "trunk" or "develop";

    [GeneratedRegex(@"^pip(3(\.\d+)?)?$")]
    private static partial Regex PipName();

    [GeneratedRegex(@"^python(\d(\.\d+)?)?$")]
    private static partial Regex PythonName();

    // name-version: httpd-2.4.62 (the shortest name before "-<digit>").
    [GeneratedRegex(@"^[A-Za-z0-9_.+]+?-\d")]
    private static partial Regex RpmVersion();
}
