namespace ContainerLint.Core.Secrets;

using System.Text.RegularExpressions;

/// <summary>What kind of secret a file (or folder) of a build context holds.</summary>
public enum SecretFileKind
{
    None,

    /// <summary>A <c>.git</c> folder: the whole history, remotes, sometimes credentials in its config.</summary>
    GitFolder,

    /// <summary><c>.env</c> or <c>.env.*</c> (not an example or template).</summary>
    EnvironmentFile,

    /// <summary>An SSH or TLS private key (id_rsa, a PEM file holding a PRIVATE KEY block, a PuTTY key).</summary>
    PrivateKey,

    /// <summary>A key store holding private keys (<c>*.p12</c>, <c>*.pfx</c>, <c>*.jks</c>, <c>*.keystore</c>).</summary>
    KeyStore,

    /// <summary>A kubeconfig (<c>.kube/config</c>, <c>kubeconfig</c>, <c>*.kubeconfig</c>).</summary>
    Kubeconfig,

    /// <summary>A credentials file: .aws/credentials, .git-credentials, or a registry configuration holding a literal token or password.</summary>
    Credentials,

    /// <summary>Terraform state, which keeps every secret of the infrastructure in clear.</summary>
    TerraformState,
}

/// <summary>
/// Classifies the files of a build context that would leak a secret if copied into an image. Most kinds are known by
/// name; registry configurations (.npmrc, .pypirc, .netrc, .docker/config.json) count only when their text holds a
/// literal token or password (a <c>${VAR}</c> reference is not one), and <c>*.pem</c>/<c>*.key</c> only when they hold
/// a private key block, so the caller reads those files' first <see cref="ContentBytes"/> bytes and nothing else.
/// The text is never kept or shown.
/// </summary>
public static partial class SecretFiles
{
    /// <summary>How much of a file <see cref="Classify"/> needs at most.</summary>
    public const int ContentBytes = 64 * 1024;

    private static readonly string[] SshKeyNames = ["id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "id_ecdsa_sk", "id_ed25519_sk"];
    private static readonly string[] TemplateSuffixes = [".example", ".sample", ".template", ".tmpl", ".dist", ".defaults", ".default", ".schema"];

    /// <summary>True when <see cref="Classify"/> judges the file by its text (it may or may not hold a secret).</summary>
    public static bool NeedsContent(string path)
    {
        var name = NameOf(path);
        return name is ".npmrc" or ".pypirc" or ".netrc" or "_netrc" or ".dockercfg" || name.EndsWith(".pem", StringComparison.Ordinal)
            || name.EndsWith(".key", StringComparison.Ordinal) || IsDockerConfig(path);
    }

    /// <summary>
    /// The kind of secret at <paramref name="path"/> (slash-separated, relative to the context). <paramref name="content"/>
    /// is the file's text when <see cref="NeedsContent"/> says so, null when unread or unreadable (then such files count as none).
    /// </summary>
    public static SecretFileKind Classify(string path, bool isFolder, string? content)
    {
        var name = NameOf(path);
        if (isFolder) return name == ".git" ? SecretFileKind.GitFolder : SecretFileKind.None;
        if (name == ".env" || (name.StartsWith(".env.", StringComparison.Ordinal) && !TemplateSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal))))
        {
            return SecretFileKind.EnvironmentFile;
        }

        if (IsSshKey(name) || name.EndsWith(".ppk", StringComparison.Ordinal)) return SecretFileKind.PrivateKey;
        if (name.EndsWith(".pem", StringComparison.Ordinal) || name.EndsWith(".key", StringComparison.Ordinal))
        {
            return content is not null && PrivateKeyBlock().IsMatch(content) ? SecretFileKind.PrivateKey : SecretFileKind.None;
        }

        if (name.EndsWith(".p12", StringComparison.Ordinal) || name.EndsWith(".pfx", StringComparison.Ordinal) || name.EndsWith(".jks", StringComparison.Ordinal)
            || name.EndsWith(".keystore", StringComparison.Ordinal))
        {
            return SecretFileKind.KeyStore;
        }

        var lower = path.ToLowerInvariant();
        if (name is "kubeconfig" or "kubeconfig.yaml" or "kubeconfig.yml" || name.EndsWith(".kubeconfig", StringComparison.Ordinal)
            || lower == ".kube/config" || lower.EndsWith("/.kube/config", StringComparison.Ordinal))
        {
            return SecretFileKind.Kubeconfig;
        }

        if (name == ".git-credentials" || lower == ".aws/credentials" || lower.EndsWith("/.aws/credentials", StringComparison.Ordinal)) return SecretFileKind.Credentials;
        if (name.EndsWith(".tfstate", StringComparison.Ordinal) || name.EndsWith(".tfstate.backup", StringComparison.Ordinal)) return SecretFileKind.TerraformState;
        if (content is null) return SecretFileKind.None;
        var holds = name switch
        {
            ".npmrc" => NpmToken().IsMatch(content),
            ".pypirc" => PypircPassword().IsMatch(content),
            ".netrc" or "_netrc" => NetrcPassword().IsMatch(content),
            _ => (name == ".dockercfg" || IsDockerConfig(path)) && DockerAuth().IsMatch(content),
        };
        return holds ? SecretFileKind.Credentials : SecretFileKind.None;
    }

    /// <summary>A few words for messages: "an environment file", "a private key".</summary>
    public static string Describe(SecretFileKind kind) => kind switch
    {
        SecretFileKind.GitFolder => "the git history",
        SecretFileKind.EnvironmentFile => "an environment file",
        SecretFileKind.PrivateKey => "a private key",
        SecretFileKind.KeyStore => "a key store",
        SecretFileKind.Kubeconfig => "a kubeconfig",
        SecretFileKind.Credentials => "credentials",
        SecretFileKind.TerraformState => "Terraform state",
        _ => "nothing secret",
    };

    private static string NameOf(string path)
    {
        var p = path.TrimEnd('/');
        return p[(p.LastIndexOf('/') + 1)..].ToLowerInvariant();
    }

    private static bool IsSshKey(string name)
    {
        if (name.EndsWith(".pub", StringComparison.Ordinal)) return false;
        foreach (var key in SshKeyNames)
        {
            if (name == key || (name.StartsWith(key, StringComparison.Ordinal) && name[key.Length] is '_' or '-' or '.')) return true;
        }

        return false;
    }

    private static bool IsDockerConfig(string path)
    {
        var lower = path.ToLowerInvariant();
        return lower == ".docker/config.json" || lower.EndsWith("/.docker/config.json", StringComparison.Ordinal);
    }

    [GeneratedRegex("-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----")]
    private static partial Regex PrivateKeyBlock();

    // //registry/:_authToken=abc, _auth=…, _password=… with a literal value (npm expands ${VAR} itself).
    [GeneratedRegex(@"(?m)^\s*(?:[^\s#;=]*:)?_(?:authToken|auth|password)\s*=\s*(?!\$\{)[^\s]")]
    private static partial Regex NpmToken();

    [GeneratedRegex(@"(?mi)^\s*password\s*[=:]\s*(?!\$\{|%\()\S")]
    private static partial Regex PypircPassword();

    [GeneratedRegex(@"(?i)(?:^|\s)password\s+\S")]
    private static partial Regex NetrcPassword();

    [GeneratedRegex(@"""(?:auth|identitytoken|password)""\s*:\s*""[^""]")]
    private static partial Regex DockerAuth();
}
