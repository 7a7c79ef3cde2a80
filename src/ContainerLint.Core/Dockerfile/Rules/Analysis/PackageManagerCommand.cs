namespace ContainerLint.Core.Dockerfile.Rules.Analysis;

using System.Text.RegularExpressions;
using ContainerLint.Core.Shell;

/// <summary>The package managers the hygiene rules understand.</summary>
internal enum PackageManagerKind
{
    Apt,
    Apk,
    Yum,
    Dnf,
    Microdnf,
    Tdnf,
    Zypper,
    Pip,
    Npm,
    Yarn,
    Gem,
    Go,
}

/// <summary>What a package-manager command does.</summary>
internal enum PackageAction
{
    Other,
    Install,
    UpdateIndex,
    Upgrade,
    Clean,
}

/// <summary>
/// One package-manager command of a RUN script: which manager, its subcommand, the packages it
/// names (with their words, for spans) and its flags through <see cref="Command"/>.
/// </summary>
/// <param name="Command">The shell command (wrappers such as sudo seen through).</param>
/// <param name="Kind">The manager.</param>
/// <param name="Program">The program as run (<c>apt-get</c>, <c>apt</c>, <c>pip3</c>).</param>
/// <param name="Subcommand">The subcommand word (<c>install</c>), or null.</param>
/// <param name="Action">What the subcommand does.</param>
/// <param name="Packages">Package arguments (not options, not option values, not local files or URLs).</param>
internal sealed record PackageManagerCommand(ShellCommand Command, PackageManagerKind Kind, string Program, ShellWord? Subcommand, PackageAction Action, IReadOnlyList<ShellWord> Packages)
{
    /// <summary>The user-facing command name, e.g. <c>apt-get install</c>.</summary>
    public string Display => Subcommand is null ? Program : $"{Program} {Subcommand.Value}";

    /// <summary>True for the Debian family (apt-get, apt, aptitude).</summary>
    public bool IsApt => Kind == PackageManagerKind.Apt;

    /// <summary>True for the RPM family (yum, dnf, microdnf, tdnf).</summary>
    public bool IsRpm => Kind is PackageManagerKind.Yum or PackageManagerKind.Dnf or PackageManagerKind.Microdnf or PackageManagerKind.Tdnf;
}

/// <summary>Recognises package-manager commands in a shell script.</summary>
internal static partial class PackageManagers
{
    private static readonly Dictionary<string, string[]> ExtraValueOptions = new(StringComparer.Ordinal)
    {
        ["apk"] = ["-t", "--virtual", "-X", "--repository", "-p", "--root", "--cache-dir", "--arch", "--keys-dir", "--repositories-file"],
        ["pip"] = ["--platform", "--python-version", "--implementation", "--abi", "--only-binary", "--no-binary", "--progress-bar", "--src", "--upgrade-strategy", "-f", "--find-links", "--root-user-action", "--config-settings", "-C", "--timeout", "--retries", "--proxy", "--cert", "--client-cert", "--exists-action", "--report"],
        ["npm"] = ["--loglevel", "--omit", "--include", "--tag"],
        ["gem"] = ["-v", "--version", "-i", "--install-dir", "-n", "--bindir", "--platform", "-s", "--source", "-P", "--trust-policy"],
        ["yum"] = ["--setopt", "--disableplugin", "--enableplugin", "--nodocs"],
        ["zypper"] = ["-t", "--type", "-r", "--repo", "--from"],
        ["go"] = ["-C", "-o", "-tags", "-ldflags", "-gcflags", "-mod", "-modfile", "-p", "-pkgdir", "-toolexec", "-overlay", "-buildmode", "-compiler", "-asmflags", "-installsuffix"],
    };

    /// <summary>Every package-manager command of a script, in order.</summary>
    public static IEnumerable<PackageManagerCommand> In(ShellScript script) => script.PackageManagers(static s => Compute(s).ToArray());

    private static IEnumerable<PackageManagerCommand> Compute(ShellScript script)
    {
        foreach (var command in script.Commands)
        {
            if (Recognize(command) is { } pm) yield return pm;
        }
    }

    /// <summary>The package-manager reading of one command, or null.</summary>
    public static PackageManagerCommand? Recognize(ShellCommand command)
    {
        var program = command.ProgramName;
        if (program is null) return null;
        var args = command.Arguments;
        var kind = KindOf(program);
        var argOffset = 0;
        if (kind is null && IsPython(program))
        {
            // python -m pip install …
            var m = args.ToList().FindIndex(w => w.Value == "-m");
            if (m >= 0 && m + 1 < args.Count && args[m + 1].Value is "pip" or "pip3")
            {
                kind = PackageManagerKind.Pip;
                argOffset = m + 2;
                program = $"{program} -m pip";
            }
        }

        if (kind is not { } k) return null;
        var key = k switch { PackageManagerKind.Pip => "pip", PackageManagerKind.Yum or PackageManagerKind.Dnf or PackageManagerKind.Tdnf => "yum", _ => program };
        var valued = new HashSet<string>(ExtraValueOptions.GetValueOrDefault(key) ?? [], StringComparer.Ordinal);
        if (k is PackageManagerKind.Pip or PackageManagerKind.Dnf or PackageManagerKind.Tdnf or PackageManagerKind.Microdnf)
        {
            foreach (var o in ValueOptionsOf(k)) valued.Add(o);
        }

        var positionals = Positionals(args, argOffset, valued);
        var sub = positionals.Count > 0 ? positionals[0] : null;
        var rest = positionals.Skip(1).ToArray();
        var action = ActionOf(k, sub?.Value, rest.Length);
        var packages = action == PackageAction.Install || (action == PackageAction.Other && sub?.Value is "remove" or "del")
            ? rest.Where(w => IsPackageWord(k, w)).ToArray()
            : [];
        if (k == PackageManagerKind.Apk && sub?.Value == "add" && (command.HasFlag("-U") || command.HasFlag("--update") || command.HasFlag("--update-cache")))
        {
            action = PackageAction.Install;
        }

        return new PackageManagerCommand(command, k, program, sub, action, packages);
    }

    private static IEnumerable<string> ValueOptionsOf(PackageManagerKind k) => k switch
    {
        PackageManagerKind.Pip => ["-r", "-c", "-e", "-i", "--index-url", "--extra-index-url", "--trusted-host", "--target", "-t", "--prefix", "--root", "--cache-dir", "--log", "--requirement", "--constraint", "--editable"],
        _ => ["-c", "-d", "-e", "-R", "--config", "--installroot", "--releasever", "--setopt", "--enablerepo", "--disablerepo", "-x", "--exclude"],
    };

    private static List<ShellWord> Positionals(IReadOnlyList<ShellWord> args, int offset, HashSet<string> valued)
    {
        var result = new List<ShellWord>();
        var dashDash = false;
        for (var i = offset; i < args.Count; i++)
        {
            var v = args[i].Value;
            if (dashDash || v.Length < 2 || v[0] != '-')
            {
                result.Add(args[i]);
                continue;
            }

            if (v == "--")
            {
                dashDash = true;
                continue;
            }

            if (valued.Contains(v)) i++;
        }

        return result;
    }

    private static PackageManagerKind? KindOf(string program) => program switch
    {
        "apt-get" or "apt" or "aptitude" => PackageManagerKind.Apt,
        "apk" => PackageManagerKind.Apk,
        "yum" => PackageManagerKind.Yum,
        "dnf" or "dnf5" => PackageManagerKind.Dnf,
        "microdnf" => PackageManagerKind.Microdnf,
        "tdnf" => PackageManagerKind.Tdnf,
        "zypper" => PackageManagerKind.Zypper,
        "npm" => PackageManagerKind.Npm,
        "yarn" => PackageManagerKind.Yarn,
        "gem" => PackageManagerKind.Gem,
        "go" => PackageManagerKind.Go,
        _ when PipName().IsMatch(program) => PackageManagerKind.Pip,
        _ => null,
    };

    private static bool IsPython(string program) => PythonName().IsMatch(program);

    private static PackageAction ActionOf(PackageManagerKind kind, string? sub, int restCount) => (kind, sub) switch
    {
        (_, null) when kind == PackageManagerKind.Yarn => PackageAction.Install,
        (_, null) => PackageAction.Other,
        (PackageManagerKind.Apt, "install") => PackageAction.Install,
        (PackageManagerKind.Apt, "update") => PackageAction.UpdateIndex,
        (PackageManagerKind.Apt, "upgrade" or "dist-upgrade" or "full-upgrade" or "safe-upgrade") => PackageAction.Upgrade,
        (PackageManagerKind.Apt, "clean" or "autoclean") => PackageAction.Clean,
        (PackageManagerKind.Apk, "add") => PackageAction.Install,
        (PackageManagerKind.Apk, "update") => PackageAction.UpdateIndex,
        (PackageManagerKind.Apk, "upgrade") => PackageAction.Upgrade,
        (PackageManagerKind.Apk, "cache") => PackageAction.Clean,
        (PackageManagerKind.Yum or PackageManagerKind.Dnf or PackageManagerKind.Microdnf or PackageManagerKind.Tdnf, "install" or "groupinstall" or "localinstall" or "reinstall") => PackageAction.Install,
        (PackageManagerKind.Yum or PackageManagerKind.Dnf or PackageManagerKind.Microdnf or PackageManagerKind.Tdnf, "makecache") => PackageAction.UpdateIndex,
        (PackageManagerKind.Yum or PackageManagerKind.Dnf or PackageManagerKind.Microdnf or PackageManagerKind.Tdnf, "update" or "upgrade" or "distro-sync" or "distribution-synchronization") when restCount == 0 => PackageAction.Upgrade,
        (PackageManagerKind.Yum or PackageManagerKind.Dnf or PackageManagerKind.Microdnf or PackageManagerKind.Tdnf, "update" or "upgrade") => PackageAction.Install,
        (PackageManagerKind.Yum or PackageManagerKind.Dnf or PackageManagerKind.Microdnf or PackageManagerKind.Tdnf, "clean") => PackageAction.Clean,
        (PackageManagerKind.Zypper, "install" or "in") => PackageAction.Install,
        (PackageManagerKind.Zypper, "refresh" or "ref") => PackageAction.UpdateIndex,
        (PackageManagerKind.Zypper, "dup" or "dist-upgrade") => PackageAction.Upgrade,
        (PackageManagerKind.Zypper, "update" or "up") when restCount == 0 => PackageAction.Upgrade,
        (PackageManagerKind.Zypper, "clean" or "cc") => PackageAction.Clean,
        (PackageManagerKind.Pip, "install") => PackageAction.Install,
        (PackageManagerKind.Npm, "install" or "i" or "add" or "ci") => PackageAction.Install,
        (PackageManagerKind.Yarn, "install" or "add") => PackageAction.Install,
        (PackageManagerKind.Gem, "install") => PackageAction.Install,
        (PackageManagerKind.Go, "install") => PackageAction.Install,
        _ => PackageAction.Other,
    };

    /// <summary>A package name rather than a local file, URL, group or requirement file.</summary>
    private static bool IsPackageWord(PackageManagerKind kind, ShellWord word)
    {
        var v = word.Value;
        if (v.Length == 0 || v.StartsWith('/') || v.StartsWith("./", StringComparison.Ordinal) || v.StartsWith("../", StringComparison.Ordinal) || v == ".") return false;
        if (v.Contains("://", StringComparison.Ordinal) || v.StartsWith("git+", StringComparison.Ordinal) || v.StartsWith('~')) return false;
        return kind switch
        {
            PackageManagerKind.Apt => !v.EndsWith(".deb", StringComparison.Ordinal),
            PackageManagerKind.Apk => !v.EndsWith(".apk", StringComparison.Ordinal),
            PackageManagerKind.Yum or PackageManagerKind.Dnf or PackageManagerKind.Microdnf or PackageManagerKind.Tdnf or PackageManagerKind.Zypper =>
                !v.EndsWith(".rpm", StringComparison.Ordinal) && !v.StartsWith('@'),
            PackageManagerKind.Pip => !v.EndsWith(".whl", StringComparison.Ordinal) && !v.EndsWith(".tar.gz", StringComparison.Ordinal) && !v.EndsWith(".zip", StringComparison.Ordinal) && !v.Contains('/'),
            PackageManagerKind.Npm or PackageManagerKind.Yarn => !v.EndsWith(".tgz", StringComparison.Ordinal) && !v.StartsWith("file:", StringComparison.Ordinal) && !v.StartsWith("github:", StringComparison.Ordinal) && (v.StartsWith('@') || !v.Contains('/')),
            PackageManagerKind.Gem => !v.EndsWith(".gem", StringComparison.Ordinal),
            PackageManagerKind.Go => !v.StartsWith('.') && v.Contains('.'),
            _ => true,
        };
    }

    /// <summary>True when the package word carries a version (variables count: the version may come from ARG/ENV).</summary>
    public static bool IsPinned(PackageManagerCommand pm, ShellWord word)
    {
        var v = word.Value;
        if (word.HasExpansion) return true;
        return pm.Kind switch
        {
            PackageManagerKind.Apt => v.Contains('=', StringComparison.Ordinal),
            PackageManagerKind.Apk => v.IndexOfAny(['=', '~', '<', '>']) > 0,
            PackageManagerKind.Yum or PackageManagerKind.Dnf or PackageManagerKind.Microdnf or PackageManagerKind.Tdnf => RpmVersion().IsMatch(v) || v.IndexOfAny(['=', '<', '>']) > 0,
            PackageManagerKind.Zypper => RpmVersion().IsMatch(v) || v.IndexOfAny(['=', '<', '>']) > 0,
            PackageManagerKind.Pip => v.IndexOfAny(['=', '<', '>', '~', '@']) > 0,
            PackageManagerKind.Npm or PackageManagerKind.Yarn => v.IndexOf('@', 1) > 0,
            PackageManagerKind.Gem => v.Contains(':', StringComparison.Ordinal) || pm.Command.HasFlag("-v") || pm.Command.HasFlag("--version"),
            PackageManagerKind.Go => v.Contains('@', StringComparison.Ordinal),
            _ => true,
        };
    }

    [GeneratedRegex(@"^pip(3(\.\d+)?)?$")]
    private static partial Regex PipName();

    [GeneratedRegex(@"^python(\d(\.\d+)?)?$")]
    private static partial Regex PythonName();

    [GeneratedRegex(@"^[A-Za-z0-9_.+]+-\d")]
    private static partial Regex RpmVersion();
}
