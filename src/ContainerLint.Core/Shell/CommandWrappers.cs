namespace ContainerLint.Core.Shell;

using System.Collections.Frozen;

/// <summary>
/// Commands that run another command given as their arguments (<c>sudo apt-get …</c>), and how to
/// skip their own options to find it. Also the options known to take a value for common programs,
/// so subcommand detection does not mistake an option value for a subcommand.
/// </summary>
internal static class CommandWrappers
{
    /// <param name="ValueOptions">Options whose value is the next word.</param>
    /// <param name="Positionals">Positional words of the wrapper itself before the command (timeout's duration, chroot's dir).</param>
    /// <param name="QueryOptions">Options that make the wrapper not run the command (<c>command -v</c>).</param>
    /// <param name="SkipAssignments">Skips <c>NAME=value</c> words (env, sudo).</param>
    private sealed record Wrapper(string[] ValueOptions, int Positionals = 0, string[]? QueryOptions = null, bool SkipAssignments = false);

    private static readonly FrozenDictionary<string, Wrapper> Wrappers = new Dictionary<string, Wrapper>(StringComparer.Ordinal)
    {
        ["sudo"] = new(["-u", "-g", "-p", "-C", "-D", "-r", "-t", "-U", "-T", "-h", "--user", "--group", "--prompt", "--chdir", "--role", "--type", "--other-user", "--command-timeout", "--host", "--close-from"], SkipAssignments: true),
        ["doas"] = new(["-u", "-C"]),
        ["env"] = new(["-u", "-C", "-S", "--unset", "--chdir", "--split-string"], SkipAssignments: true),
        ["command"] = new([], QueryOptions: ["-v", "-V"]),
        ["builtin"] = new([]),
        ["exec"] = new(["-a"]),
        ["xargs"] = new(["-I", "-n", "-P", "-L", "-l", "-s", "-d", "-E", "-e", "-a", "--arg-file", "--delimiter", "--max-args", "--max-procs", "--max-lines", "--max-chars", "--replace", "--eof", "--process-slot-var"]),
        ["nice"] = new(["-n", "--adjustment"]),
        ["ionice"] = new(["-c", "-n", "-p", "-P", "-u", "--class", "--classdata"]),
        ["timeout"] = new(["-s", "-k", "--signal", "--kill-after"], Positionals: 1),
        ["nohup"] = new([]),
        ["time"] = new(["-f", "-o", "--format", "--output"]),
        ["stdbuf"] = new(["-i", "-o", "-e", "--input", "--output", "--error"]),
        ["chroot"] = new(["--userspec", "--groups"], Positionals: 1),
        ["gosu"] = new([], Positionals: 1),
        ["su-exec"] = new([], Positionals: 1),
        ["setpriv"] = new(["--reuid", "--regid", "--groups", "--inh-caps", "--bounding-set"]),
        ["tini"] = new(["-s", "-e", "-p"]),
        ["dumb-init"] = new(["-r", "--rewrite"]),
        ["catatonit"] = new([]),
        ["busybox"] = new([]),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The wrappers by a span of a word, so a command's first word is looked up without cutting its base name.</summary>
    private static readonly FrozenDictionary<string, Wrapper>.AlternateLookup<ReadOnlySpan<char>> WrappersBySpan = Wrappers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Pip =
    [
        "-r", "-c", "-e", "-i", "--index-url", "--extra-index-url", "--trusted-host", "--target", "-t", "--prefix", "--root", "--cache-dir", "--log",
        "--requirement", "--constraint", "--editable", "--platform", "--python-version", "--implementation", "--abi", "--only-binary", "--no-binary",
        "--progress-bar", "--src", "--upgrade-strategy", "-f", "--find-links", "--root-user-action", "--config-settings", "-C", "--timeout", "--retries",
        "--proxy", "--cert", "--client-cert", "--exists-action", "--report",
    ];

    /// <summary>Options that take the next word as their value, per program: the one table every reader of a command line uses.</summary>
    private static readonly FrozenDictionary<string, string[]> ValueOptions = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["apt-get"] = ["-o", "-c", "-t", "--option", "--config-file", "--target-release", "--default-release"],
        ["apt"] = ["-o", "-c", "-t", "--option", "--config-file", "--target-release", "--default-release"],
        ["aptitude"] = ["-o", "-t", "-F", "-w", "--target-release"],
        ["yum"] = ["-c", "-d", "-e", "-R", "--config", "--installroot", "--releasever", "--setopt", "--enablerepo", "--disablerepo", "-x", "--exclude", "--disableplugin", "--enableplugin"],
        ["dnf"] = ["-c", "-d", "-e", "-R", "--config", "--installroot", "--releasever", "--setopt", "--enablerepo", "--disablerepo", "-x", "--exclude", "--disableplugin", "--enableplugin"],
        ["microdnf"] = ["--config", "--installroot", "--releasever", "--setopt", "--enablerepo", "--disablerepo"],
        ["zypper"] = ["-c", "-D", "-R", "--config", "--root", "--reposd-dir", "-t", "--type", "-r", "--repo", "--from"],
        ["apk"] = ["-X", "-p", "--repository", "--root", "--keys-dir", "--repositories-file", "--arch", "--cache-dir", "-t", "--virtual"],
        ["npm"] = ["--prefix", "-C", "--registry", "--cache", "--userconfig", "--globalconfig", "-w", "--workspace", "--loglevel", "--omit", "--include", "--tag"],
        ["yarn"] = ["--cwd", "--cache-folder", "--modules-folder", "--registry"],
        ["pnpm"] = ["-C", "--dir", "--filter", "--registry"],
        ["pip"] = Pip,
        ["pip3"] = Pip,
        ["gem"] = ["-v", "--version", "-i", "--install-dir", "-n", "--bindir", "--platform", "-s", "--source", "-P", "--trust-policy"],
        ["go"] = ["-C", "-o", "-tags", "-ldflags", "-gcflags", "-mod", "-modfile", "-p", "-pkgdir", "-toolexec", "-overlay", "-buildmode", "-compiler", "-asmflags", "-installsuffix"],
        ["git"] = ["-C", "-c", "--git-dir", "--work-tree", "--namespace", "--exec-path"],
        ["docker"] = ["-H", "--host", "--config", "--context", "-c", "-l", "--log-level"],
        ["dotnet"] = [],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    internal static string[] KnownValueOptions(string? program) =>
        program is not null && ValueOptions.TryGetValue(program, out var options) ? options : [];

    internal static (int ProgramIndex, IReadOnlyList<string> Wrappers) Unwrap(IReadOnlyList<ShellWord> words)
    {
        var index = 0;
        List<string>? wrappers = null;
        // Bounded by the word count: every step moves forward.
        while (index < words.Count)
        {
            var baseName = BaseName(words[index].ValueSpan);
            if (!WrappersBySpan.TryGetValue(baseName, out var wrapper)) break;
            var name = baseName.ToString(); // a wrapper: rare, so cut only now

            var i = index + 1;
            var positionals = wrapper.Positionals;
            var runsCommand = true;
            while (i < words.Count)
            {
                var v = words[i].Value;
                if (v == "--")
                {
                    i++;
                    break;
                }
                if (v.Length > 1 && v[0] == '-' && !IsNumber(v))
                {
                    if (wrapper.QueryOptions is { } q && q.Contains(v)) runsCommand = false;
                    i += wrapper.ValueOptions.Contains(v) ? 2 : 1;
                    continue;
                }
                if (name == "nice" && v.Length > 1 && v[0] == '-')
                {
                    i++; // nice -10 cmd
                    continue;
                }
                if (wrapper.SkipAssignments && IsAssignment(v))
                {
                    i++;
                    continue;
                }
                if (positionals > 0)
                {
                    positionals--;
                    i++;
                    continue;
                }
                break;
            }

            if (!runsCommand || i >= words.Count)
            {
                // "command -v curl" or a bare "sudo": the wrapper itself is the program.
                break;
            }
            (wrappers ??= []).Add(name);
            index = i;
        }
        return (words.Count == 0 ? -1 : Math.Min(index, words.Count - 1), wrappers ?? (IReadOnlyList<string>)[]);
    }

    /// <summary>The span of <see cref="ShellCommand.BaseName"/>: after the last <c>/</c>, unless that ends the word.</summary>
    private static ReadOnlySpan<char> BaseName(ReadOnlySpan<char> path)
    {
        var slash = path.LastIndexOf('/');
        return slash >= 0 && slash < path.Length - 1 ? path[(slash + 1)..] : path;
    }

    private static bool IsNumber(string v) => v.Length > 1 && v.Skip(1).All(char.IsAsciiDigit);

    /// <summary>True for <c>NAME=value</c>: a shell name before the first <c>=</c>.</summary>
    internal static bool IsAssignment(ReadOnlySpan<char> v)
    {
        var eq = v.IndexOf('=');
        return eq > 0 && IsName(v[..eq]);
    }

    /// <summary>True for a shell variable name: a letter or <c>_</c>, then letters, digits and <c>_</c>.</summary>
    internal static bool IsName(ReadOnlySpan<char> v)
    {
        if (v.IsEmpty || !(char.IsAsciiLetter(v[0]) || v[0] == '_')) return false;
        for (var i = 1; i < v.Length; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(v[i]) || v[i] == '_')) return false;
        }
        return true;
    }
}
