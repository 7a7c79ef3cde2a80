namespace ContainerLint.Core.DotNetSdk.Rules;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Secrets;

/// <summary>
/// Whether a <c>ContainerEnvironmentVariable</c>/<c>ContainerLabel</c> holds a secret: the shared
/// <see cref="SecretDetector"/> (by value, a connection string's <c>Password=</c> included, then by name).
/// </summary>
internal static class SdkSecretValues
{
    /// <summary>How the secret was recognised ("value" or "name"), or null when it does not look like one.</summary>
    public static string? Classify(string name, string value, LintConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (SecretDetector.MatchValue(value) is not null) return "value";
        return SecretDetector.IsSecretName(name, configuration.SecretNamePatterns) && !LooksLikeReference(value) ? "name" : null;
    }

    /// <summary>One hit per item of <paramref name="itemName"/> whose value is a secret, masked, at the item's element.</summary>
    public static IEnumerable<RuleHit> HitsIn(SdkContainerDocument document, string itemName, LintConfiguration configuration)
    {
        foreach (var item in document.ItemsOf(itemName))
        {
            var value = item.GetMetadata("Value");
            if (Classify(item.Include, value, configuration) is { } why)
            {
                yield return new RuleHit(item.Span, item.Include, SecretMasker.Mask(value), why);
            }
        }
    }

    /// <summary>A value that points at a secret rather than being one (a file path or a placeholder).</summary>
    private static bool LooksLikeReference(string value) =>
        value.StartsWith('/') || value.StartsWith("${", StringComparison.Ordinal) || value.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
}
