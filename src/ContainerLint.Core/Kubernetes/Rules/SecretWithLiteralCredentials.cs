namespace ContainerLint.Core.Kubernetes.Rules;

using System.Text;
using System.Text.RegularExpressions;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Secrets;
using ContainerLint.Core.Yaml;

/// <summary>
/// A Secret object committed with literal credentials in data (base64, decoded here) or stringData (CIS 5.4.2, NIST
/// 4.1.4): base64 is an encoding, not encryption, so the repository holds the credential. One finding per Secret, on
/// the first credential's value, naming the entries (never the values). Empty entries and placeholders
/// (<c>&lt;base64-encoded-password&gt;</c>), public parts (certificates, user names, hosts) and settings are not credentials.
/// </summary>
public sealed partial class SecretWithLiteralCredentials : Rule<KubernetesFile>
{
    /// <summary>Words of an entry's key that mark a credential in a Secret, beyond the shared secret-like names (split at _ - . and case changes).</summary>
    private static readonly HashSet<string> KeyWords = new(StringComparer.Ordinal) { "PASS", "PASSWORD", "PASSWD", "PWD", "PASSPHRASE", "PIN", "KEY", "PRIVATEKEY" };

    public override RuleMetadata Descriptor => RuleDescriptors.SecretWithLiteralCredentials;

    public override void Check(KubernetesFile document, RuleContext context, RuleHitSink hits)
    {
        foreach (var secret in document.OfKind("Secret"))
        {
            if (secret.ApiVersion != "v1") continue;
            var type = secret.Node.GetString("type") ?? "Opaque";
            var found = new List<(string Entry, SourceSpan Span, string Kind, string Masked)>();
            foreach (var section in new[] { "stringData", "data" })
            {
                if (secret.Node.GetMapping(section) is not { } entries) continue;
                foreach (var e in entries.Entries)
                {
                    if (e.KeyText is not { } key || e.Value is not YamlScalar { IsNull: false } value) continue;
                    string? text = value.Value;
                    if (section == "data" && !TryDecode(value.Value, out text)) continue;
                    if (Credential(type, key, text, value.Value, context.Configuration.SecretNamePatterns) is not { } kind) continue;
                    var span = kind.Line is { } line && section == "stringData" ? LiteralCredential.LineIn(document.Text, value, line) : value.Span;
                    found.Add(($"{section}.{key}", span, kind.Kind, kind.Masked));
                }
            }

            if (found.Count == 0) continue;
            var (entry, at, what, masked) = found[0];
            var where = found.Count == 1 ? entry : $"{entry} and {found.Count - 1} more {(found.Count == 2 ? "entry" : "entries")}";
            hits.Add(secret.Hit(at, secret.Name, where, what, masked));
        }
    }

    /// <summary>The kind of credential an entry holds, its masked form, and the configuration line it sits on (for files); null when it holds none.</summary>
    private static (string Kind, string Masked, string? Line)? Credential(string type, string key, string? text, string written, IReadOnlyList<string> patterns)
    {
        if (LiteralCredential.IsPlaceholder(written)) return null;
        if (text is null)
        {
            // Not text (a keystore, a binary key): only its name can tell.
            return IsSecretKey(key) ? ("binary key material", SecretMasker.MaskRun, null) : null;
        }

        if (text.Trim().Length == 0 || LiteralCredential.IsPlaceholder(text)) return null;
        if (SecretDetector.MatchKnownToken(text) is { } token)
        {
            var begin = text.Split('\n').FirstOrDefault(l => l.Contains("-----BEGIN", StringComparison.Ordinal));
            return (token.Kind, token.Masked, token.Kind == "private key" ? begin : null);
        }
        switch (type)
        {
            case "kubernetes.io/dockerconfigjson" or "kubernetes.io/dockercfg" when RegistryAuth().IsMatch(text):
                return ("registry credentials", SecretMasker.MaskRun, null);
            case "kubernetes.io/basic-auth" when key == "password":
            case "kubernetes.io/service-account-token" when key == "token":
                return (key, SecretMasker.MaskRun, null);
        }

        if (LiteralCredential.Classify(key, text, patterns) is { } kind) return (kind, SecretMasker.Mask(text.Trim()), null);
        if (IsSecretKey(key) && !LiteralCredential.IsSettingName(key) && !LiteralCredential.IsSetting(text.Trim()) && text.Trim().Length >= 4)
        {
            return ("value of a secret-like key", SecretMasker.MaskRun, null);
        }

        return LiteralCredential.InConfigurationText(text, patterns) is { } line ? ($"{line.Kind} in its '{line.Key}' setting", SecretMasker.MaskRun, line.Line) : null;
    }

    private static bool IsSecretKey(string key)
    {
        foreach (Match word in KeyWord().Matches(key))
        {
            if (KeyWords.Contains(word.Value.ToUpperInvariant())) return true;
        }

        return false;
    }

    /// <summary>
    /// Decodes a data value: false when it is not base64 (the API server would refuse it; in a repository it is a
    /// placeholder), else true with its text, or a null text when the bytes are not UTF-8 (a keystore, a binary key).
    /// </summary>
    private static bool TryDecode(string base64, out string? text)
    {
        text = null;
        var compact = string.Concat(base64.Where(c => !char.IsWhiteSpace(c)));
        var buffer = new byte[compact.Length * 3 / 4 + 3];
        if (!Convert.TryFromBase64String(compact, buffer, out var written)) return false;
        try
        {
            text = new UTF8Encoding(false, true).GetString(buffer, 0, written);
        }
        catch (ArgumentException)
        {
            text = null;
        }

        return true;
    }

    [GeneratedRegex(@"""(auth|password|identitytoken)""\s*:\s*""[^""]+""", RegexOptions.CultureInvariant)]
    private static partial Regex RegistryAuth();

    /// <summary>Words of a key: runs of capitals, capitalised words, lower-case words and digits (ClientSecret, db-password, PRIVATE_KEY).</summary>
    [GeneratedRegex(@"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]|\d+", RegexOptions.CultureInvariant)]
    private static partial Regex KeyWord();
}
