namespace ContainerLint.Core.Secrets;

/// <summary>
/// Masks a secret so that no output format ever shows it. Only a well-known, non-secret kind
/// prefix is kept (<c>AKIA</c>, <c>ghp_</c>, <c>glpat-</c>, …) so a reader can tell what leaked;
/// a password or generic token keeps no character at all.
/// </summary>
public static class SecretMasker
{
    /// <summary>The run of asterisks every mask ends with; a message holding it names a secret.</summary>
    public const string MaskRun = "************";

    private static readonly string[] KindPrefixes =
    [
        "AKIA", "ASIA", "AGPA", "AIDA", "AROA", "ANPA", "ANVA", "APKA", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_",
        "glpat-", "xoxb-", "xoxa-", "xoxp-", "xoxo-", "xoxs-", "xoxr-", "sk_live_", "rk_live_", "AIza", "eyJ",
    ];

    public static string Mask(string secret)
    {
        if (string.IsNullOrEmpty(secret)) return "";
        var prefix = "";
        foreach (var candidate in KindPrefixes)
        {
            if (secret.StartsWith(candidate, StringComparison.Ordinal) && secret.Length > candidate.Length + 8)
            {
                prefix = candidate;
                break;
            }
        }

        // A fixed-width mask also hides the secret's length.
        return prefix + MaskRun;
    }

    /// <summary>
    /// A URL with any password in its user-info masked (<c>https://user:************@host/…</c>), so a
    /// rule can name a URL without echoing the credentials embedded in it.
    /// </summary>
    public static string MaskUrlCredentials(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0) return url;
        var hostStart = scheme + 3;
        var slash = url.IndexOf('/', hostStart);
        var authorityEnd = slash < 0 ? url.Length : slash;
        var at = url.LastIndexOf('@', authorityEnd - 1, authorityEnd - hostStart);
        if (at < 0) return url;
        var colon = url.IndexOf(':', hostStart, at - hostStart);
        return colon < 0
            ? string.Concat(url.AsSpan(0, hostStart), MaskRun, url.AsSpan(at))
            : string.Concat(url.AsSpan(0, colon + 1), MaskRun, url.AsSpan(at));
    }
}
