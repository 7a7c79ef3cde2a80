namespace ContainerLint.Core.Secrets;

using System.Text.RegularExpressions;

/// <summary>
/// Whether a literal a file sets under a name (a Kubernetes or Compose env value, a Secret's or ConfigMap's entry) is a
/// credential: the one name-and-value classifier. Wraps the value shapes of <see cref="SecretDetector"/> (tokens, URL and
/// connection-string passwords) with what configuration files get wrong most: placeholders (<c>INSERT_…</c>,
/// <c>&lt;your-token&gt;</c>, <c>${VAR}</c>, <c>xxxx</c>), the name of a Secret object given as a value
/// (<c>DB_SECRET: db-credentials</c>), and ordinary setting words (<c>latest</c>, <c>none</c>, <c>basic</c>) are not
/// credentials.
/// </summary>
internal static partial class LiteralCredential
{
    /// <summary>Words that mark a value as a stand-in to be replaced (matched case-insensitively).</summary>
    private static readonly string[] PlaceholderWords =
    [
        "INSERT", "YOUR_", "YOUR-", "REPLACE", "CHANGEME", "CHANGE_ME", "CHANGE-ME", "CHANGE_THIS", "TODO", "FIXME", "PLACEHOLDER",
        "REDACTED", "SECRET_HERE", "PASSWORD_HERE", "TOKEN_HERE", "KEY_HERE",
    ];

    /// <summary>Values that are settings, never credentials, whatever the variable is called.</summary>
    private static readonly HashSet<string> SettingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "latest", "current", "stable", "none", "null", "nil", "undefined", "true", "false", "yes", "no", "on", "off", "enabled", "disabled",
        "enable", "disable", "required", "optional", "auto", "default", "empty", "unset", "internal", "external", "local", "remote",
        "basic", "bearer", "digest", "token", "oauth", "oauth2", "oidc", "jwt", "hmac", "kerberos", "ldap", "saml", "tls", "mtls", "x509",
        "plain", "plaintext", "trust", "md5", "scram-sha-256", "sha256", "sha512", "file", "env", "vault", "kubernetes", "secret", "secrets",
    };

    /// <summary>Name endings that make a variable a setting about a credential, not the credential (split at '_').</summary>
    private static readonly string[] SettingSuffixes =
    [
        "NAME", "REF", "NAMESPACE", "FILE", "PATH", "DIR", "URL", "URI", "ENDPOINT", "HOST", "PORT", "HEADER", "TYPE", "KIND", "MODE", "METHOD",
        "ENABLED", "DISABLED", "ENABLE", "DISABLE", "VERSION", "TTL", "TIMEOUT", "EXPIRY", "EXPIRATION", "LENGTH", "SIZE", "SECONDS", "MINUTES",
        "HOURS", "DAYS", "COUNT", "RETRIES", "INTERVAL", "PROVIDER", "ALGORITHM", "CIPHER", "HASH", "FORMAT", "ID", "USER", "USERNAME", "REGION",
        "LOCATION", "SOURCE", "STORE", "MOUNT", "KEY_ID", "FIELD", "PREFIX", "SUFFIX", "ISSUER", "AUDIENCE", "SCOPE", "SCOPES",
        "ENV", "FROM", "TEMPLATE", "PATTERN", "SELECTOR",
    ];

    /// <summary>What a Kubernetes object that holds a credential is usually called: the last word of a Secret's name.</summary>
    private static readonly string[] SecretObjectSuffixes = ["secret", "secrets", "credentials", "credential", "creds", "tls", "certs", "cert", "token", "tokens", "auth", "keys"];

    /// <summary>
    /// The kind of credential when <paramref name="name"/> set to <paramref name="value"/> is one: a known token shape
    /// whatever the name, else a secret-like name with a value that is not a placeholder, a reference, the name of a
    /// Secret object or a setting. Null otherwise.
    /// </summary>
    public static string? Classify(string name, string value, IReadOnlyList<string> extraNamePatterns)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0) return null;
        var kind = SecretDetector.ClassifyLiteral(name, trimmed, extraNamePatterns) ?? (HasPasswordWord(name) && trimmed.Length >= 4 ? "value of a secret-like variable" : null);
        if (kind is null)
        {
            // Most values of most variables end here, cheaply: only a URL with user-info can still hold a password.
            return trimmed.Contains("://", StringComparison.Ordinal) && trimmed.Contains('@', StringComparison.Ordinal) ? UrlPassword(trimmed) : null;
        }

        if (IsPlaceholder(trimmed)) return null;
        if (kind == "token") return kind;
        if (IsSettingName(name) || IsSetting(trimmed) || NamesASecretObject(name, trimmed) || IsProse(trimmed)) return null;
        if (trimmed.Contains("://", StringComparison.Ordinal)) return UrlPassword(trimmed);
        return kind;
    }

    /// <summary>A stand-in for a value that is filled in later: a reference, a template, angle brackets, a placeholder word, a row of one character.</summary>
    public static bool IsPlaceholder(string value)
    {
        var v = value.Trim().Trim('"', '\'');
        if (v.Length == 0) return true;
        if (v.Contains("${", StringComparison.Ordinal) || v.Contains("$(", StringComparison.Ordinal) || v.Contains("{{", StringComparison.Ordinal)) return true;
        if (v.Contains('<', StringComparison.Ordinal) && v.IndexOf('>', v.IndexOf('<', StringComparison.Ordinal)) > 0) return true;
        if (v.StartsWith('[') && v.EndsWith(']') || v.StartsWith('%') && v.EndsWith('%')) return true;

        // $slack-token (a notification template's reference), {username}.{cluster} (a name template), OIDC_CLIENT_SECRET
        // (the name of the variable or Secret key that holds the value).
        if (Reference().IsMatch(v)) return true;
        foreach (var word in PlaceholderWords)
        {
            if (v.Contains(word, StringComparison.OrdinalIgnoreCase)) return true;
        }

        // xxxxxxxx, ********, 00000000, xxxx-xxxx-xxxx, ...: one character repeated, separators aside.
        return IsOneCharacterRepeated(v) || v is "..." or "…";
    }

    private static bool IsOneCharacterRepeated(string value)
    {
        var count = 0;
        var first = '\0';
        foreach (var c in value)
        {
            if (c is '-' or '_' or '.' or ' ') continue;
            var lower = char.ToLowerInvariant(c);
            if (count++ == 0) first = lower;
            else if (lower != first) return false;
        }

        return count >= 3;
    }

    /// <summary>A value that is a setting word, a duration or a size, never a credential.</summary>
    public static bool IsSetting(string value) => SettingWords.Contains(value) || NumberLike().IsMatch(value);

    /// <summary>PASS, PWD or PASSPHRASE as a word of the name (RABBITMQ_DEFAULT_PASS, DB_PWD), which the shared literal test does not know.</summary>
    private static bool HasPasswordWord(string name) =>
        name.ToUpperInvariant().Split('_', '-', '.').Any(w => w is "PASS" or "PWD" or "PASSPHRASE");

    /// <summary>A sentence rather than a credential: three or more words of letters ("very sensitive data", "change this before deploying").</summary>
    private static bool IsProse(string value)
    {
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 3 && words.All(w => w.TrimEnd('.', ',', '!', '?', ':', ';').All(char.IsLetter));
    }

    /// <summary>The variable names a setting about a credential (<c>*_SECRET_NAME</c>, <c>TOKEN_TTL</c>, <c>PASSWORD_FILE</c>), not the credential.</summary>
    public static bool IsSettingName(string name)
    {
        var upper = CamelBoundary().Replace(name.Trim(), "$1_$2").ToUpperInvariant().Replace('-', '_').Replace('.', '_');
        foreach (var suffix in SettingSuffixes)
        {
            if (upper == suffix || upper.EndsWith("_" + suffix, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>
    /// A variable about a Secret given the name of a Secret object: a DNS name with a hyphen that ends in a word such
    /// objects are called by (<c>SMTP_SECRET: smtp-credentials</c>).
    /// </summary>
    private static bool NamesASecretObject(string name, string value)
    {
        if (!name.Contains("SECRET", StringComparison.OrdinalIgnoreCase) || !DnsName().IsMatch(value) || !value.Contains('-', StringComparison.Ordinal)) return false;
        var last = value[(value.LastIndexOfAny(['-', '.']) + 1)..];
        return SecretObjectSuffixes.Contains(last, StringComparer.Ordinal);
    }

    /// <summary>"password in a URL" when <paramref name="value"/> is a URL whose user-info carries a literal password.</summary>
    private static string? UrlPassword(string value) =>
        SecretDetector.MatchValue(value) is { Kind: "password in a URL" } url && !IsPlaceholder(UrlPasswordPart(value)) ? url.Kind : null;

    private static string UrlPasswordPart(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        var at = url.IndexOf('@', scheme + 3);
        var colon = at < 0 ? -1 : url.IndexOf(':', scheme + 3, at - scheme - 3);
        return colon < 0 ? "" : url[(colon + 1)..at];
    }

    /// <summary>
    /// The first line of a configuration file (a ConfigMap or Secret entry holding YAML, properties, INI, TOML or
    /// .env text) that sets a secret-like key to a literal credential: its key, kind and text. Null when none.
    /// </summary>
    public static (string Key, string Kind, string Line)? InConfigurationText(string text, IReadOnlyList<string> extraNamePatterns)
    {
        if (text.IndexOf('\n') < 0 && !text.Contains('=', StringComparison.Ordinal)) return null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';' or '/') continue;
            var m = ConfigurationLine().Match(line);
            if (!m.Success) continue;
            var key = m.Groups["key"].Value;
            var value = m.Groups["value"].Value.Trim();
            var comment = value.IndexOf(" #", StringComparison.Ordinal);
            if (comment >= 0) value = value[..comment].TrimEnd();
            value = value.TrimEnd(',').Trim().Trim('"', '\'');
            if (Classify(key, value, extraNamePatterns) is { } kind) return (key, kind, line);
        }

        return null;
    }

    /// <summary>A duration or a quantity with its unit (30s, 1h30m, 512Mi, 10GB); bare digits are not, they can be a PIN.</summary>
    /// <summary>
    /// Where <paramref name="line"/> of a multi-line scalar's text is written, so a finding can point at the line of a
    /// configuration file that holds the credential; the whole scalar when the line cannot be found verbatim (folded
    /// or quoted styles).
    /// </summary>
    public static Model.SourceSpan LineIn(Text.SourceText source, Yaml.YamlScalar scalar, string line)
    {
        var start = source.GetOffset(scalar.Span.Line, scalar.Span.Column);
        var end = source.GetOffset(scalar.Span.EndLine, scalar.Span.EndColumn);
        var needle = line.Trim();
        if (needle.Length == 0 || end <= start) return scalar.Span;
        var at = source.Text.IndexOf(needle, start, end - start, StringComparison.Ordinal);
        return at < 0 ? scalar.Span : source.GetSpan(at, at + needle.Length);
    }

    [GeneratedRegex(@"^\d+(\.\d+)?(ms|us|ns|[smhdwy]|[KMGTPE]i|[kKMGTPE]B)$|^(\d+(ms|h|m|s))+$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLike();

    [GeneratedRegex(@"^\$[A-Za-z_][\w.\-]*$|\{[A-Za-z_][\w.]*\}|^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [GeneratedRegex(@"([a-z0-9])([A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex CamelBoundary();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex DnsName();

    [GeneratedRegex(@"^(?:export\s+)?[""']?(?<key>[A-Za-z_][\w.\-]*)[""']?\s*(?:=|:)\s*(?<value>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ConfigurationLine();
}
