namespace ContainerLint.Core.DotNetSdk;

using System.Text.RegularExpressions;
using ContainerLint.Core.Configuration;

/// <summary>
/// Recognises secret-looking names and values in container environment variables and labels.
/// Interim and local to the CL4xxx rules until a shared detector lands in ContainerLint.Core.Secrets.
/// </summary>
internal static class SdkSecrets
{
    private static readonly Regex SecretName = new(
        @"(PASSWORD|PASSWD|PWD$|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL|CONNECTION_?STRING|CONNSTR|AUTH_?KEY)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex SecretValue = new(
        @"(AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|xox[abposr]-[A-Za-z0-9-]{10,}|-----BEGIN [A-Z ]*PRIVATE KEY-----|(Password|Pwd)\s*=\s*[^;\s]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Why a name/value pair looks like a secret ("name" or "value"), or null.</summary>
    public static string? Classify(string name, string value, LintConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (SecretValue.IsMatch(value)) return "value";
        var normalized = name.Replace('.', '_').Replace('-', '_');
        if (SecretName.IsMatch(normalized) && !LooksLikeReference(value)) return "name";
        foreach (var pattern in configuration.SecretNamePatterns)
        {
            if (GlobMatches(pattern, name)) return "name";
        }

        return null;
    }

    /// <summary>A value that points at a secret rather than being one (a file path or a placeholder).</summary>
    private static bool LooksLikeReference(string value) =>
        value.StartsWith('/') || value.StartsWith("${", StringComparison.Ordinal) || value.StartsWith("file:", StringComparison.OrdinalIgnoreCase);

    private static bool GlobMatches(string pattern, string name)
    {
        var regex = "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$";
        return Regex.IsMatch(name, regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
