namespace ContainerLint.Core.Secrets;

/// <summary>
/// Masks a secret so that no output format ever shows it: keeps a short prefix that tells its
/// kind (e.g. <c>AKIA</c>) and replaces the rest with asterisks.
/// </summary>
public static class SecretMasker
{
    public static string Mask(string secret, int visiblePrefix = 4)
    {
        if (string.IsNullOrEmpty(secret)) return "";
        var keep = secret.Length <= 8 ? 0 : Math.Min(visiblePrefix, secret.Length / 4);
        return string.Concat(secret.AsSpan(0, keep), new string('*', Math.Min(12, Math.Max(4, secret.Length - keep))));
    }
}
