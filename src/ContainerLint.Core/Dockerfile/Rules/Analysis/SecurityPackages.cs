namespace ContainerLint.Core.Dockerfile.Rules.Analysis;

using ContainerLint.Core.Shell;

/// <summary>Packages named by install commands of the common package managers (for "installs sudo").</summary>
internal static class SecurityPackages
{
    private static readonly (string Program, string[] Subcommands)[] Installers =
    [
        ("apt-get", ["install"]), ("apt", ["install"]), ("aptitude", ["install"]), ("apk", ["add"]), ("yum", ["install"]), ("dnf", ["install"]),
        ("microdnf", ["install"]), ("tdnf", ["install"]), ("zypper", ["install", "in"]), ("pacman", ["-S"]),
    ];

    /// <summary>Package words of an install command (version suffixes kept), or empty when <paramref name="command"/> installs nothing.</summary>
    public static IEnumerable<ShellWord> InstalledPackages(ShellCommand command)
    {
        foreach (var (program, subcommands) in Installers)
        {
            if (!command.Is(program)) continue;
            var positionals = command.GetPositionalArguments();
            if (positionals.Count == 0 || !subcommands.Contains(positionals[0].Value)) continue;
            return positionals.Skip(1);
        }

        return [];
    }

    /// <summary>The package name without version/arch suffix (<c>sudo=1.9*</c> → <c>sudo</c>).</summary>
    public static string PackageName(string word)
    {
        var end = word.IndexOfAny(['=', '<', '>', ':']);
        return end > 0 ? word[..end] : word;
    }
}
