namespace ContainerLint.Core.Kubernetes;

using System.Text.RegularExpressions;

/// <summary>Decides whether an environment variable holds a literal secret, by name or by the shape of its value. Shared by Kubernetes and Compose rules.</summary>
public static partial class SecretLikeness
{
    private static readonly string[] NameParts =
        ["PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY", "ACCESS_KEY", "CREDENTIAL", "CLIENT_SECRET", "AUTH_KEY", "CONNECTION_STRING"];

    /// <summary>The kind of secret when <paramref name="name"/>/<paramref name="value"/> look like a literal secret, else null.</summary>
    public static string? Classify(string name, string value, IReadOnlyList<string> extraNamePatterns)
    {
        if (value.Length == 0 || IsReference(value)) return null;
        if (KnownToken().Match(value) is { Success: true } m) return m.Groups["kind"].Success ? "token" : "token";
        var upper = name.ToUpperInvariant().Replace('-', '_').Replace('.', '_');
        if (NameParts.Any(p => upper.Contains(p, StringComparison.Ordinal)) || extraNamePatterns.Any(p => Glob(p, name)))
        {
            // Booleans, file paths and names of other variables are settings, not secrets.
            if (value is "true" or "false" || value.StartsWith('/') || value.Length < 4) return null;
            return "value of a secret-like variable";
        }

        return null;
    }

    private static bool IsReference(string value) => value.StartsWith("$(", StringComparison.Ordinal) || value.StartsWith("${", StringComparison.Ordinal);

    private static bool Glob(string pattern, string name) =>
        Regex.IsMatch(name, "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$", RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(100));

    [GeneratedRegex(@"(?<kind>AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|xox[abprs]-[A-Za-z0-9-]{10,}|sk_live_[A-Za-z0-9]{16,}|-----BEGIN [A-Z ]*PRIVATE KEY-----|eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.)")]
    private static partial Regex KnownToken();
}
