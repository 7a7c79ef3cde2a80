namespace ContainerLint.Core.Secrets;

using System.Text.RegularExpressions;

/// <summary>What kind of secret a value looks like, for messages (the value itself is never shown).</summary>
public sealed record SecretMatch(string Kind, string Masked);

/// <summary>
/// Recognises secrets by variable name (<c>*_PASSWORD</c>, <c>API_KEY</c>, …) and by value (AWS
/// access keys, GitHub/GitLab/Slack tokens, private-key headers, JWTs, high-entropy strings).
/// Shared by the Dockerfile, Kubernetes, Compose and .NET SDK rules so they agree.
/// </summary>
public static partial class SecretDetector
{
    // Name fragments that mark a secret; matched on the upper-cased name split at '_', '-', '.'.
    private static readonly string[] SecretWords =
    [
        "PASSWORD", "PASSWD", "PASSPHRASE", "PWD", "SECRET", "TOKEN", "APIKEY", "PRIVATEKEY", "CREDENTIAL", "CREDENTIALS", "AUTH",
    ];

    private static readonly string[] SecretNames =
    [
        "API_KEY", "ACCESS_KEY", "SECRET_KEY", "PRIVATE_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
        "CLIENT_SECRET", "ENCRYPTION_KEY", "SIGNING_KEY", "MASTER_KEY", "ACCOUNT_KEY", "CONNECTION_STRING", "DATABASE_URL",
        "NPM_TOKEN", "NUGET_API_KEY", "GITHUB_TOKEN", "GH_TOKEN", "GITLAB_TOKEN", "DOCKER_PASSWORD", "SSH_KEY", "SSH_PRIVATE_KEY",
        "AZURE_CLIENT_SECRET", "GOOGLE_APPLICATION_CREDENTIALS_JSON", "SLACK_TOKEN", "SA_PASSWORD", "MSSQL_SA_PASSWORD",
        "POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD", "MYSQL_PASSWORD", "REDIS_PASSWORD", "RABBITMQ_DEFAULT_PASS", "MONGO_INITDB_ROOT_PASSWORD",
    ];

    // What every name in SecretWords and SecretNames holds (normalised: upper case, '_' for '-' and '.').
    private static readonly System.Buffers.SearchValues<string> SecretNameMarkers = System.Buffers.SearchValues.Create(
        ["PASS", "PWD", "SECRET", "TOKEN", "KEY", "CREDENTIAL", "AUTH", "DATABASE_URL", "CONNECTION_STRING"], StringComparison.Ordinal);

    // Names that contain a secret word but are not secrets (they name a file, a setting, a public part).
    private static readonly string[] NonSecretSuffixes = ["_FILE", "_PATH", "_DIR", "_URL_PATH", "_LENGTH", "_EXPIRY", "_TTL", "_POLICY", "_ENDPOINT", "_HEADER", "_TYPE", "_NAME"];
    private static readonly string[] NonSecretNames = ["PASSWORD_MIN_LENGTH", "TOKEN_URL", "AUTH_URL", "AUTH_TYPE", "AUTH_METHOD", "OAUTH_REDIRECT_URI", "PUBLIC_KEY", "AUTHOR", "AUTHORS"];

    /// <summary>True when a variable, label or key name suggests it holds a secret.</summary>
    public static bool IsSecretName(string name, IReadOnlyList<string>? extraPatterns = null)
    {
        var trimmed = name.AsSpan().Trim();
        if (trimmed.Length == 0) return false;
        Span<char> upper = trimmed.Length <= 256 ? stackalloc char[trimmed.Length] : new char[trimmed.Length];
        return IsSecretNormalizedName(Normalize(trimmed, upper), extraPatterns);
    }

    /// <summary>
    /// Either name test, <see cref="IsSecretName"/> or the manifest rules' looser <see cref="IsLiteralSecretName"/>, on one
    /// normalised copy of the name on the stack (the masker asks both of every <c>NAME=</c> word of every message).
    /// </summary>
    internal static bool IsSecretOrLiteralSecretName(ReadOnlySpan<char> name, IReadOnlyList<string>? patterns)
    {
        if (name.Length == 0) return false;
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var upper = Normalize(name, buffer);

        // Normalising maps character to character, so the trimmed name's normal form is the same slice of the whole one's.
        var trimmed = name.Trim();
        var trimmedUpper = upper.Slice(name.Length - name.TrimStart().Length, trimmed.Length);
        return (trimmed.Length > 0 && IsSecretNormalizedName(trimmedUpper, patterns))
            || IsLiteralSecretNormalizedName(upper, name, patterns ?? []);
    }

    private static bool IsSecretNormalizedName(ReadOnlySpan<char> upper, IReadOnlyList<string>? extraPatterns)
    {
        if (extraPatterns is { Count: > 0 } && Configuration.NamePatterns.From(extraPatterns).MatchesNormalized(upper.ToString())) return true;

        // Every secret name below holds one of the markers, or ends (underscores aside) in 'Y' for the four *KEY suffixes:
        // one vectorised search spares nearly every name (every ARG, ENV and message word is asked) the thirty compares.
        if (upper.IndexOfAny(SecretNameMarkers) < 0 && upper.TrimEnd('_') is not [.., 'Y']) return false;
        if (IsOneOf(upper, NonSecretNames)) return false;
        foreach (var suffix in NonSecretSuffixes)
        {
            if (upper.EndsWith(suffix, StringComparison.Ordinal)) return false;
        }

        if (IsOneOf(upper, SecretNames)) return true;
        if (EndsIgnoringUnderscores(upper, "APIKEY") || EndsIgnoringUnderscores(upper, "ACCESSKEY")
            || EndsIgnoringUnderscores(upper, "SECRETKEY") || EndsIgnoringUnderscores(upper, "PRIVATEKEY"))
        {
            return true;
        }

        foreach (var range in upper.Split('_'))
        {
            var part = upper[range];
            if (part.Length == 0) continue;
            foreach (var word in SecretWords)
            {
                if (part.SequenceEqual(word)) return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <paramref name="name"/> as the name tests compare it, written into <paramref name="into"/> (as long as the name):
    /// upper-cased, '-' and '.' read as '_' (every rule and the masker ask this of many names, so no string is made).
    /// </summary>
    private static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> name, Span<char> into)
    {
        for (var i = 0; i < name.Length; i++)
        {
            var c = char.ToUpperInvariant(name[i]);
            into[i] = c is '-' or '.' ? '_' : c;
        }

        return into;
    }

    private static bool IsOneOf(ReadOnlySpan<char> value, string[] list)
    {
        foreach (var item in list)
        {
            if (value.SequenceEqual(item)) return true;
        }

        return false;
    }

    /// <summary>Whether <paramref name="upper"/> with its underscores taken out ends with <paramref name="suffix"/> (no underscores in it).</summary>
    private static bool EndsIgnoringUnderscores(ReadOnlySpan<char> upper, string suffix)
    {
        var i = upper.Length - 1;
        for (var k = suffix.Length - 1; k >= 0; k--, i--)
        {
            while (i >= 0 && upper[i] == '_') i--;
            if (i < 0 || upper[i] != suffix[k]) return false;
        }

        return true;
    }

    // Every token shape below starts with one of these literals: one vectorised scan rules out most words before
    // seven regex calls (CL1006 runs this on every word of every RUN). GitHub's are spelled out (gh[pousr]_), not "gh":
    // every github.com URL holds "gh" and paid for the seven regexes.
    private static readonly string[] TokenMarkerLiterals =
        ["AKIA", "ASIA", "AGPA", "AIDA", "AROA", "ANPA", "ANVA", "APKA", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "xox", "_live_", "AIza", "eyJ"];

    private static readonly System.Buffers.SearchValues<string> TokenMarkers = System.Buffers.SearchValues.Create(TokenMarkerLiterals, StringComparison.Ordinal);

    /// <summary>
    /// Literals every value <see cref="MatchKnownToken"/> recognises holds (a token marker or a private-key header): a
    /// caller scanning many words can rule most out with one search before cutting a string for each.
    /// </summary>
    internal static IReadOnlyList<string> KnownTokenLiterals { get; } = [.. TokenMarkerLiterals, "-----BEGIN"];

    private static readonly System.Buffers.SearchValues<string> KnownTokenSearch = System.Buffers.SearchValues.Create([.. KnownTokenLiterals], StringComparison.Ordinal);

    /// <summary>
    /// False when <see cref="MatchValue"/> surely returns null for <paramref name="value"/>: shorter than 8 characters, or
    /// under 20 (no high-entropy string) with no '=' (no connection string), no "://" (no URL password) and no token
    /// marker or private-key header. Lets a caller with a span skip cutting a string for nearly every word.
    /// </summary>
    internal static bool MayMatchValue(ReadOnlySpan<char> value) =>
        value.Length >= 8 && (value.Length >= 20 || value.Contains('=') || value.IndexOf("://", StringComparison.Ordinal) >= 0 || value.IndexOfAny(KnownTokenSearch) >= 0);

    /// <summary>Recognises a secret by its value; null when the value does not look like one.</summary>
    public static SecretMatch? MatchValue(string? value) => MatchValue(value.AsSpan());

    /// <summary>
    /// <see cref="MatchValue(string?)"/> of a slice of a larger text (a word of a message or a script): no string is cut
    /// unless a pattern whose captured part is needed has already matched.
    /// </summary>
    internal static SecretMatch? MatchValue(ReadOnlySpan<char> value)
    {
        if (value.Length < 8 || value.Length > 16_384) return null;
        var trimmed = Trimmed(value);
        if (MatchTokenShape(trimmed) is { } token) return token;
        // The pattern needs "://" and an '@': asked first, as every URL word of a message otherwise runs it (it backtracks
        // from each letter before the scheme).
        if (trimmed.Contains('@') && trimmed.Contains("://", StringComparison.Ordinal) && UrlCredentials().IsMatch(trimmed)
            && UrlCredentials().Match(trimmed.ToString()) is { Success: true } url)
        {
            return new("password in a URL", SecretMasker.Mask(url.Groups["pw"].Value));
        }

        if (trimmed.Contains('=') && ConnectionStringPassword().IsMatch(trimmed) && MatchConnectionString(trimmed.ToString()) is { } connection) return connection;
        if (IsHighEntropy(trimmed)) return new("high-entropy string", SecretMasker.Mask(trimmed));
        return null;
    }

    /// <summary>
    /// A literal password in a connection string (<c>Server=db;User Id=sa;Password=…</c>, <c>Pwd=…</c>): the shape .NET
    /// projects write in <c>ConnectionStrings__*</c> settings, whatever the setting is called. A password that is a
    /// reference or a placeholder (<c>${DB_PASSWORD}</c>, <c>$(PW)</c>, <c>{{ .pw }}</c>, <c>&lt;password&gt;</c>, <c>%PW%</c>, <c>****</c>) is not one.
    /// </summary>
    public static SecretMatch? MatchConnectionString(string value)
    {
        if (value.IndexOf('=') < 0 || ConnectionStringPassword().Match(value) is not { Success: true } m) return null;
        var password = m.Groups["pw"].Value.Trim('"', '\'');
        if (password.Length < 3 || password[0] == '$' || LiteralCredential.IsPlaceholder(password)) return null;
        return new("password in a connection string", SecretMasker.Mask(password));
    }

    /// <summary>
    /// What <see cref="MatchValue"/> finds before its password-in-URL and entropy checks: a private key or a known
    /// token shape; null otherwise (cheaper when those two kinds are not wanted).
    /// </summary>
    internal static SecretMatch? MatchKnownToken(string value) =>
        value.Length < 8 || value.Length > 16_384 ? null : MatchTokenShape(Trimmed(value));

    private static ReadOnlySpan<char> Trimmed(ReadOnlySpan<char> value) => value.Trim().Trim("\"'");

    private static SecretMatch? MatchTokenShape(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.Contains("-----BEGIN", StringComparison.Ordinal) && trimmed.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            return new("private key", "-----BEGIN ... PRIVATE KEY-----");
        }

        if (trimmed.IndexOfAny(TokenMarkers) < 0) return null;
        return Token(AwsAccessKey(), trimmed, "AWS access key id") ?? Token(GitHubToken(), trimmed, "GitHub token") ?? Token(GitLabToken(), trimmed, "GitLab token")
            ?? Token(SlackToken(), trimmed, "Slack token") ?? Token(StripeKey(), trimmed, "Stripe key") ?? Token(GoogleApiKey(), trimmed, "Google API key")
            ?? Token(Jwt(), trimmed, "JSON Web Token");
    }

    /// <summary>The first match of <paramref name="shape"/> in <paramref name="text"/> as a <paramref name="kind"/>, masked; null when none.</summary>
    private static SecretMatch? Token(Regex shape, ReadOnlySpan<char> text, string kind)
    {
        foreach (var match in shape.EnumerateMatches(text)) return new(kind, SecretMasker.Mask(text.Slice(match.Index, match.Length)));
        return null;
    }

    // The Kubernetes and Compose literal-secret rules (CL2112, CL3015) use a looser name test (a secret word anywhere
    // in the name), their own token shapes and '*'/'?' globs on the name as written. Folding them into
    // IsSecretName/MatchValue would change those rules' findings, so the variant lives here beside them, unchanged.
    private static readonly string[] LiteralNameParts =
        ["PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY", "ACCESS_KEY", "CREDENTIAL", "CLIENT_SECRET", "AUTH_KEY", "CONNECTION_STRING"];

    /// <summary>
    /// The kind of secret when an environment variable set to a literal in a manifest looks like a secret, by the shape
    /// of its value or by its name (<paramref name="extraNamePatterns"/> are case-insensitive globs, compiled once when they
    /// come from a configuration); null otherwise.
    /// </summary>
    public static string? ClassifyLiteral(string name, string value, IReadOnlyList<string> extraNamePatterns)
    {
        if (value.Length == 0 || value.StartsWith("$(", StringComparison.Ordinal) || value.StartsWith("${", StringComparison.Ordinal)) return null;
        if (LiteralToken().IsMatch(value)) return "token";
        if (MatchConnectionString(value) is { } connection) return connection.Kind;
        if (IsLiteralSecretName(name, extraNamePatterns))
        {
            // Booleans, file paths and names of other variables are settings, not secrets.
            if (value is "true" or "false" || value.StartsWith('/') || value.Length < 4) return null;
            return "value of a secret-like variable";
        }

        return null;
    }

    /// <summary>The name test of <see cref="ClassifyLiteral"/> on its own (a secret word anywhere in the name, or a configured glob).</summary>
    internal static bool IsLiteralSecretName(string name, IReadOnlyList<string> extraNamePatterns)
    {
        Span<char> upper = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        return IsLiteralSecretNormalizedName(Normalize(name, upper), name, extraNamePatterns);
    }

    /// <summary><see cref="IsLiteralSecretName"/> given the name's normalised copy (<paramref name="upper"/>) too.</summary>
    private static bool IsLiteralSecretNormalizedName(ReadOnlySpan<char> upper, ReadOnlySpan<char> name, IReadOnlyList<string> extraNamePatterns)
    {
        foreach (var part in LiteralNameParts)
        {
            if (upper.Contains(part, StringComparison.Ordinal)) return true;
        }

        return extraNamePatterns.Count > 0 && Configuration.NamePatterns.From(extraNamePatterns).MatchesLiteral(name.ToString());
    }

    /// <summary>
    /// Generic check for a random-looking value: a single token of at least 20 characters from a base64/hex alphabet,
    /// mixing classes, with Shannon entropy above 4 bits per character (hex: 3), whose characters switch between upper
    /// case, lower case and digits as often as random text does. Length and entropy alone are not enough: readable
    /// identifiers joined by hyphens or underscores (<c>PSDocker-DotnetSDK-Debian-12-arm64</c>, <c>MyService_Prod2025</c>)
    /// are long and varied but switch class only at word boundaries. Variables (<c>$X</c>), paths and version strings
    /// are excluded.
    /// </summary>
    public static bool IsHighEntropy(string value) => IsHighEntropy(value.AsSpan());

    private static bool IsHighEntropy(ReadOnlySpan<char> value)
    {
        if (value.Length < 20 || value.Length > 512) return false;
        if (value.Contains('$') || value.Contains(' ') || value.Contains('/') && value[^1] != '=' || value.Contains('.') && value.Contains('-') && !value.Contains('+')) return false;
        int upper = 0, lower = 0, digit = 0;
        foreach (var ch in value)
        {
            if (char.IsAsciiLetterUpper(ch)) upper++;
            else if (char.IsAsciiLetterLower(ch)) lower++;
            else if (char.IsAsciiDigit(ch)) digit++;
            else if (ch is not ('+' or '/' or '=' or '_' or '-')) return false;
        }

        var isHex = upper == 0 && !value.ContainsAnyExcept(LowerHexDigits);
        if (isHex) return value.Length >= 32 && digit > 0 && lower > 0 && Entropy(value) >= 3.0;
        var classes = (upper > 0 ? 1 : 0) + (lower > 0 ? 1 : 0) + (digit > 0 ? 1 : 0);
        return classes == 3 && Entropy(value) >= 4.0 && ClassSwitchRate(value) >= 0.3;
    }

    private static readonly System.Buffers.SearchValues<char> LowerHexDigits = System.Buffers.SearchValues.Create("0123456789abcdef");

    /// <summary>
    /// How often adjacent characters inside a word (separators <c>-</c>, <c>_</c>, <c>.</c> end a word) differ in class
    /// (upper, lower, digit), per character. Random base62 text switches on about 60 % of characters; words, camel case and
    /// version numbers on well under 20 %.
    /// </summary>
    private static double ClassSwitchRate(ReadOnlySpan<char> value)
    {
        static int Class(char c) => char.IsAsciiLetterUpper(c) ? 0 : char.IsAsciiLetterLower(c) ? 1 : char.IsAsciiDigit(c) ? 2 : -1;
        int switches = 0, counted = 0, previous = -1;
        foreach (var c in value)
        {
            var cls = Class(c);
            if (cls < 0)
            {
                previous = -1;
                continue;
            }

            counted++;
            if (previous >= 0 && cls != previous) switches++;
            previous = cls;
        }

        return counted == 0 ? 0 : (double)switches / counted;
    }

    private static double Entropy(ReadOnlySpan<char> value)
    {
        Span<int> counts = stackalloc int[128];
        foreach (var ch in value) counts[ch & 127]++;
        double entropy = 0;
        foreach (var count in counts)
        {
            if (count == 0) continue;
            var p = (double)count / value.Length;
            entropy -= p * Math.Log2(p);
        }

        return entropy;
    }

    [GeneratedRegex(@"\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|APKA)[0-9A-Z]{16}\b", RegexOptions.CultureInvariant)]
    private static partial Regex AwsAccessKey();

    [GeneratedRegex(@"\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b", RegexOptions.CultureInvariant)]
    private static partial Regex GitHubToken();

    [GeneratedRegex(@"\bglpat-[A-Za-z0-9_\-]{20,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex GitLabToken();

    [GeneratedRegex(@"\bxox[abposr]-[A-Za-z0-9-]{10,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex SlackToken();

    [GeneratedRegex(@"\b(?:sk|rk)_live_[A-Za-z0-9]{20,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex StripeKey();

    [GeneratedRegex(@"\bAIza[0-9A-Za-z_\-]{35}\b", RegexOptions.CultureInvariant)]
    private static partial Regex GoogleApiKey();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}", RegexOptions.CultureInvariant)]
    private static partial Regex Jwt();

    [GeneratedRegex(@"[a-zA-Z][a-zA-Z0-9+.\-]*://[^\s:/@]+:(?<pw>[^\s@/$]{3,})@", RegexOptions.CultureInvariant)]
    private static partial Regex UrlCredentials();

    [GeneratedRegex(@"(?:^|;)\s*(?:Password|Pwd)\s*=\s*(?<pw>[^;\s]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConnectionStringPassword();

    [GeneratedRegex(@"AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|xox[abprs]-[A-Za-z0-9-]{10,}|sk_live_[A-Za-z0-9]{16,}|-----BEGIN [A-Z ]*PRIVATE KEY-----|eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.")]
    private static partial Regex LiteralToken();
}
