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
        var p = path.Replace('\\', '/').TrimEnd('/');
        if (p.EndsWith("/.kube/config", StringComparison.OrdinalIgnoreCase) || p.Equals(".kube/config", StringComparison.OrdinalIgnoreCase)) return true;
        if (p.EndsWith(".aws/credentials", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".docker/config.json", StringComparison.OrdinalIgnoreCase)) return true;
        var slash = p.LastIndexOf('/');
        var name = (slash >= 0 ? p[(slash + 1)..] : p).ToLowerInvariant();
        if (name.Length == 0 || name is "." or "..") return false;
        if (NonSecretExtensions.Any(e => name.EndsWith(e, StringComparison.Ordinal))) return false;
        if (SecretExactNames.Contains(name)) return true;
        if (name.StartsWith(".env.", StringComparison.Ordinal)) return true;
        if (name.StartsWith("id_rsa", StringComparison.Ordinal) || name.StartsWith("id_dsa", StringComparison.Ordinal)
            || name.StartsWith("id_ecdsa", StringComparison.Ordinal) || name.StartsWith("id_ed25519", StringComparison.Ordinal))
        {
            return true;
        }

        if (SecretExtensions.Any(e => name.EndsWith(e, StringComparison.Ordinal))) return true;
        var parts = name.Split(['-', '_', '.'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Any(part => SecretWords.Contains(part));
    }
}
