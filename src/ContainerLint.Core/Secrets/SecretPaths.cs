namespace ContainerLint.Core.Secrets;

/// <summary>File and folder names that hold credentials (keys, tokens, cloud and registry logins), for COPY/ADD and build-context checks.</summary>
public static class SecretPaths
{
    private static readonly string[] SecretExactNames =
    [
        ".npmrc", ".pypirc", ".netrc", "_netrc", ".env", ".git-credentials", "credentials", "credentials.json", "kubeconfig", ".kube",
        ".ssh", ".gnupg", ".aws", ".docker", ".dockercfg", ".htpasswd", ".pgpass", ".my.cnf", "secrets.json", "secrets.yaml", "secrets.yml",
        "service-account.json", "terraform.tfstate", "vault-token", ".vault-token",
    ];

    private static readonly string[] SecretExtensions = [".pem", ".key", ".p12", ".pfx", ".keystore", ".jks", ".ppk", ".ovpn", ".kdbx", ".tfstate"];

    // Public material and source code: a name part "key"/"token" there is not a secret (repo-key.gpg, token.go).
    private static readonly string[] NonSecretExtensions =
    [
        ".pub", ".gpg", ".asc", ".crt", ".cer", ".sig", ".go", ".py", ".js", ".ts", ".cs", ".java", ".rb", ".php", ".rs", ".c", ".h", ".md",
        ".html", ".css", ".sh", ".ps1", ".example", ".sample", ".template", ".dist", ".tmpl", ".proto",
    ];

    private static readonly string[] SecretWords = ["key", "keys", "secret", "secrets", "token", "tokens", "credential", "credentials", "password", "passwords", "privkey"];

    /// <summary>True when a file name says it holds public material (a public key, a certificate, a signature).</summary>
    public static bool IsPublicMaterialName(string path)
    {
        var p = path.Replace('\\', '/').TrimEnd('/');
        var name = p[(p.LastIndexOf('/') + 1)..].ToLowerInvariant();
        return name.EndsWith(".pub", StringComparison.Ordinal) || name.EndsWith(".asc", StringComparison.Ordinal) || name.EndsWith(".gpg", StringComparison.Ordinal)
            || name.EndsWith(".crt", StringComparison.Ordinal) || name.EndsWith(".cer", StringComparison.Ordinal) || name.EndsWith(".sig", StringComparison.Ordinal);
    }

    /// <summary>True when a path names a secret-looking file or folder.</summary>
    public static bool IsSecretPath(string path)
    {
        // Read in place, the name lower-cased on the stack: this runs for every COPY/ADD source of every file.
        var p = path.AsSpan().TrimEnd(['/', '\\']);
        if (EndsWithPath(p, "/.kube/config") || EqualsPath(p, ".kube/config")) return true;
        if (EndsWithPath(p, ".aws/credentials") || EndsWithPath(p, ".docker/config.json")) return true;
        var source = p[(p.LastIndexOfAny('/', '\\') + 1)..];
        if (source.Length == 0 || source is "." or "..") return false;
        Span<char> buffer = source.Length <= 256 ? stackalloc char[source.Length] : new char[source.Length];
        source.ToLowerInvariant(buffer);
        ReadOnlySpan<char> name = buffer;
        if (EndsWithAny(name, NonSecretExtensions)) return false;
        if (IsOneOf(name, SecretExactNames)) return true;
        if (name.StartsWith(".env.", StringComparison.Ordinal)) return true;
        if (name.StartsWith("id_rsa", StringComparison.Ordinal) || name.StartsWith("id_dsa", StringComparison.Ordinal)
            || name.StartsWith("id_ecdsa", StringComparison.Ordinal) || name.StartsWith("id_ed25519", StringComparison.Ordinal))
        {
            return true;
        }

        if (EndsWithAny(name, SecretExtensions)) return true;

        // The name's parts between '-', '_' and '.' (a scan, not Split).
        var rest = name;
        while (rest.Length > 0)
        {
            var cut = rest.IndexOfAny(PartSeparators);
            var part = cut < 0 ? rest : rest[..cut];
            if (part.Length > 0 && IsOneOf(part, SecretWords)) return true;
            rest = cut < 0 ? [] : rest[(cut + 1)..];
        }

        return false;
    }

    /// <summary>Whether <paramref name="path"/>, '\\' read as '/', ends with <paramref name="suffix"/> (written with '/'), ignoring case.</summary>
    private static bool EndsWithPath(ReadOnlySpan<char> path, string suffix) =>
        path.Length >= suffix.Length && EqualsPath(path[^suffix.Length..], suffix);

    private static bool EqualsPath(ReadOnlySpan<char> path, string other)
    {
        if (path.Length != other.Length) return false;
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i] == '\\' ? '/' : path[i];
            if (c != other[i] && char.ToUpperInvariant(c) != char.ToUpperInvariant(other[i])) return false; // as OrdinalIgnoreCase compares
        }

        return true;
    }

    private static readonly System.Buffers.SearchValues<char> PartSeparators = System.Buffers.SearchValues.Create("-_.");

    private static bool EndsWithAny(ReadOnlySpan<char> name, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    private static bool IsOneOf(ReadOnlySpan<char> value, string[] list)
    {
        foreach (var item in list)
        {
            if (value.SequenceEqual(item)) return true;
        }

        return false;
    }
}
