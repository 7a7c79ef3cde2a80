namespace ContainerLint.Core.Dockerfile.Analysis;

using ContainerLint.Core.Secrets;

/// <summary>Secret values in ARG/ENV/LABEL, without mistaking published checksums and key fingerprints for secrets.</summary>
public static class ConfigurationValues
{
    private static readonly string[] PublicValueNameParts = ["SHA", "SHA1", "SHA256", "SHA512", "SUM", "CHECKSUM", "HASH", "DIGEST", "FINGERPRINT", "GPG", "PGP", "KEYID", "KEYS", "VERSION", "COMMIT", "REVISION", "REF", "RELEASE", "ID"];

    /// <summary>The secret a value looks like, or null; the generic high-entropy match is dropped for hex digests and values named like checksums.</summary>
    public static SecretMatch? Secret(string name, string? rawValue)
    {
        if (rawValue is null) return null;
        var value = rawValue.Trim().Trim('"', '\'');
        var match = SecretDetector.MatchValue(value);
        if (match is null || match.Kind != "high-entropy string") return match;
        if (value.All(char.IsAsciiHexDigit)) return null;
        var parts = name.ToUpperInvariant().Split(['_', '-', '.'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Any(p => PublicValueNameParts.Contains(p)) ? null : match;
    }
}
