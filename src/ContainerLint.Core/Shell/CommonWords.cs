namespace ContainerLint.Core.Shell;

using System.Collections.Frozen;

/// <summary>
/// The words most RUN scripts are made of (programs, their subcommands and common flags), as strings made once: a word
/// whose value is one of them takes this string instead of cutting a new one from the script. Read-only after startup.
/// </summary>
internal static class CommonWords
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
    [
        // Programs.
        "apt-get", "apt", "apk", "yum", "dnf", "microdnf", "tdnf", "zypper", "pacman", "dpkg", "rpm", "apt-mark", "apt-key",
        "pip", "pip3", "python", "python3", "npm", "yarn", "pnpm", "node", "gem", "go", "cargo", "dotnet", "java", "mvn", "gradle",
        "curl", "wget", "git", "tar", "unzip", "gzip", "gpg", "gpgconf", "sha256sum", "sha512sum", "openssl", "echo", "printf",
        "rm", "mkdir", "mv", "cp", "ln", "cd", "chmod", "chown", "chgrp", "touch", "cat", "tee", "sed", "awk", "grep", "find",
        "xargs", "sort", "cut", "tr", "head", "tail", "test", "[", "[[", "true", "false", "exit", "set", "export", "env", "sudo",
        "exec", "command", "bash", "sh", "make", "cmake", "gcc", "useradd", "adduser", "groupadd", "addgroup", "usermod", "id",
        "update-ca-certificates", "ldconfig", "locale-gen", "mktemp", "dirname", "basename", "which", "uname", "wc", "ls",
        "install", "gosu", "su", "setcap", "savedAptMark", "powershell", "pwsh", "cmd", "docker", "helm", "kubectl",
        // Subcommands.
        "update", "upgrade", "add", "del", "remove", "purge", "autoremove", "clean", "build", "run", "publish", "restore",
        "clone", "checkout", "config", "download", "get", "mod", "ci", "cache", "list", "info", "version", "manual", "auto",
        "showmanual", "dist-upgrade", "makecache", "--print-architecture",
        // Flags and words.
        "-y", "-q", "-qq", "-f", "-rf", "-fr", "-p", "-o", "-O", "-c", "-e", "-x", "-d", "-s", "-v", "-u", "-r", "-R", "-L", "-C",
        "-eux", "-ex", "-xe", "-fsSL", "-sSL", "-fSL", "-sL", "-fL", "-qO-", "-xzf", "-xf", "-zxf", "-xvf", "-xJf", "-m", "-g",
        "-U", "-S", "-D", "-G", "-n", "-t", "-i", "-a", "-l", "-z", "--", "-", "=", "!", "]", "]]", "+x", "755", "644", "777",
        "--no-install-recommends", "--no-cache", "--no-cache-dir", "--virtual", "--update", "--yes", "--quiet", "--force",
        "--batch", "--verify", "--keyserver", "--recv-keys", "--strip-components=1", "--auto-remove", "--system", "--gid",
        "--uid", "--shell", "--home", "--create-home", "--no-create-home", "--disabled-password", "--gecos", "--chown",
        "--output", "--location", "--silent", "--fail", "--show-error", "--upgrade", "--user", "--global", "--production",
        "--frozen-lockfile", "--depth", "--branch", "--recursive", "-Force", "-Path", "-OutFile", "-Uri", "-UseBasicParsing",
        "-Command", "-Recurse", "-DestinationPath", "-Wait", "-ArgumentList",
        "/dev/null", "/tmp", "/app", "/usr/local/bin", "/var/lib/apt/lists/*", "/var/cache/apk/*", "/root/.cache", "/src",
        "ca-certificates", "gnupg", "dirmngr", "xz-utils", "netbase", "tzdata", "build-essential",
        "pipefail", "0", "1", "2", "root", "nobody", "app", "user", ".", "./", "/", "*", "&&",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The common string equal to <paramref name="text"/>, or a new one.</summary>
    internal static string ToString(ReadOnlySpan<char> text) => Lookup.TryGetValue(text, out var word) ? word : text.ToString();
}
