namespace ContainerLint.Core.Tests.Secrets;

using ContainerLint.Core.Secrets;

public sealed class SecretDetectorTests
{
    [Theory]
    [InlineData("DB_PASSWORD", true)]
    [InlineData("API_KEY", true)]
    [InlineData("apiKey", true)]
    [InlineData("GITHUB_TOKEN", true)]
    [InlineData("AWS_SECRET_ACCESS_KEY", true)]
    [InlineData("client-secret", true)]
    [InlineData("PASSWORD_FILE", false)]
    [InlineData("TOKEN_URL", false)]
    [InlineData("PUBLIC_KEY", false)]
    [InlineData("PATH", false)]
    [InlineData("DOTNET_VERSION", false)]
    [InlineData("AUTHOR", false)]
    [InlineData("  db.pwd\t", true)]
    [InlineData(" ", false)]
    [InlineData("", false)]
    [InlineData("APIKE_Y", true)]
    [InlineData("my-private-key__", true)]
    [InlineData("rabbitmq.default.pass", true)]
    [InlineData("database-url", true)]
    [InlineData("KEYCLOAK_VERSION", false)]
    public void RecognisesSecretNames(string name, bool expected) => Assert.Equal(expected, SecretDetector.IsSecretName(name));

    /// <summary>
    /// The name test first rules out names holding none of its markers: every listed secret name and word must hold one
    /// (a name added to the lists without a marker would be silently missed).
    /// </summary>
    [Fact]
    public void EveryListedSecretNameAndWordIsRecognised()
    {
        static string[] List(string field) =>
            (string[])typeof(SecretDetector).GetField(field, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;

        var names = List("SecretNames");
        var words = List("SecretWords");
        Assert.NotEmpty(names);
        Assert.NotEmpty(words);
        Assert.All(names, n => Assert.True(SecretDetector.IsSecretName(n), n));
        Assert.All(names, n => Assert.True(SecretDetector.IsSecretName(n.ToLowerInvariant().Replace('_', '-')), n));
        Assert.All(words, w => Assert.True(SecretDetector.IsSecretName("MY_" + w), w));
        Assert.All(words, w => Assert.True(SecretDetector.IsSecretName(w.ToLowerInvariant() + ".v2"), w));
    }

    [Fact]
    public void ExtraNamePatternsAreGlobs() => Assert.True(SecretDetector.IsSecretName("SIGNING_PASSPHRASE_V2", ["*_PASSPHRASE_*"]));

    [Theory]
    [InlineData("DB_PASSWORD", "hunter2hunter2", "", "value of a secret-like variable")]
    [InlineData("my.api-key", "abcd1234", "", "value of a secret-like variable")]
    [InlineData("GREETING", "AKIAIOSFODNN7EXAMPLE", "", "token")]
    [InlineData("SIGNING_PHRASE_V2", "abcd1234", "signing_*_v?", "value of a secret-like variable")]
    [InlineData("SIGNING_PHRASE_V2", "abcd1234", "", null)]
    [InlineData("DB_PASSWORD", "$(DB_PASSWORD_FROM_SECRET)", "", null)]
    [InlineData("DB_PASSWORD", "${DB_PASSWORD}", "", null)]
    [InlineData("DB_PASSWORD", "true", "", null)]
    [InlineData("DB_PASSWORD", "/run/secrets/db", "", null)]
    [InlineData("DB_PASSWORD", "abc", "", null)]
    [InlineData("DB_PASSWORD", "", "", null)]
    [InlineData("GREETING", "hello world", "", null)]
    public void ClassifiesManifestLiterals(string name, string value, string extraPattern, string? kind) =>
        Assert.Equal(kind, SecretDetector.ClassifyLiteral(name, value, extraPattern.Length == 0 ? [] : [extraPattern]));

    [Theory]
    [InlineData("AKIAIOSFODNN7EXAMPLE", "AWS access key id")]
    [InlineData("ghp_0123456789abcdefghijABCDEFGHIJ012345", "GitHub token")]
    [InlineData("glpat-abcdefghij0123456789", "GitLab token")]
    [InlineData("xoxb-1234567890-abcdefghij", "Slack token")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----\nMIIE", "private key")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", "JSON Web Token")]
    [InlineData("https://deploy:s3cr3tPass@example.com/repo.git", "password in a URL")]
    [InlineData("q8Zr2LmX9vTn4KpW7sYb3HcJ6dFg1", "high-entropy string")]
    [InlineData("Zk3Q9wP2xV7nR4tL8mB1cJ6h-Qe5Ty0Ua", "high-entropy string")]
    public void RecognisesSecretValues(string value, string kind)
    {
        var match = SecretDetector.MatchValue(value);
        Assert.NotNull(match);
        Assert.Equal(kind, match.Kind);
        Assert.DoesNotContain(value.Length > 12 ? value[6..12] : value, match.Masked);
    }

    [Theory]
    [InlineData("production")]
    [InlineData("/usr/local/bin:/usr/bin")]
    [InlineData("8.0.11-bookworm-slim")]
    [InlineData("${NPM_TOKEN}")]
    [InlineData("https://example.com/download/app-1.2.3.tar.gz")]
    [InlineData("sha256:2a9865e55c37293b71df051922022898d8e4ec0f579c9b53a0caee1e170bc81c")]
    [InlineData("en_US.UTF-8")]
    [InlineData("PSDocker-DotnetSDK-Debian-12-arm64")]
    [InlineData("PSDocker-DotnetSDK-NanoServer-ltsc2022")]
    [InlineData("MyCompanyService_Production2025Release")]
    [InlineData("AzureFunctionsDotnetIsolated8Linux")]
    public void IgnoresOrdinaryValues(string value) => Assert.Null(SecretDetector.MatchValue(value));

    [Fact]
    public void MaskingKeepsOnlyAShortPrefix()
    {
        Assert.Equal("AKIA************", SecretMasker.Mask("AKIAIOSFODNN7EXAMPLE"));
        Assert.DoesNotContain("hunter2", SecretMasker.Mask("hunter2"));
    }

    [Theory]
    [InlineData("https://user:s3cretPass@example.com/a.tgz", "https://user:************@example.com/a.tgz")]
    [InlineData("https://ghp_tokenonly@github.com/o/r.git", "https://************@github.com/o/r.git")]
    [InlineData("https://example.com/a@b.tgz", "https://example.com/a@b.tgz")]
    [InlineData("git@github.com:org/repo.git", "git@github.com:org/repo.git")]
    public void UrlCredentialsAreMasked(string url, string expected) => Assert.Equal(expected, SecretMasker.MaskUrlCredentials(url));
}

/// <summary>
/// The masker and CL1006 skip <see cref="SecretDetector.MatchValue"/> (and the string it needs) where
/// <c>MayMatchValue</c> says it cannot match: checked on every word of the vendored real-world files and on the
/// secret shapes the detector knows, so a new shape that the prefilter does not admit fails here.
/// </summary>
public sealed class SecretValuePrefilterTests
{
    [Theory]
    [InlineData("AKIAIOSFODNN7EXAMPLE")]
    [InlineData("ghp_0123456789abcdefghijABCDEFGHIJ012345")]
    [InlineData("glpat-0123456789abcdefghij")]
    [InlineData("xoxb-0123456789-abcdef")]
    [InlineData("sk_live_0123456789abcdefghij")]
    [InlineData("AIzaSyA0123456789abcdefghijklmnopqrstuv")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----")]
    [InlineData("https://bot:hunter2pw@github.com/a/b.git")]
    [InlineData("Server=db;User Id=sa;Password=S3cretPass;")]
    [InlineData("\"Pwd=S3cretPass\"")]
    [InlineData("kX9mQ2vL7pR4tW8zN3bY6cF1")]
    public void AdmitsEveryShapeTheDetectorKnows(string value)
    {
        Assert.NotNull(SecretDetector.MatchValue(value));
        Assert.True(SecretDetector.MayMatchValue(value));
    }

    [Fact]
    public void NeverRulesOutAWordOfTheRealWorldFilesThatMatches()
    {
        var root = Path.Combine(RepoPaths.Root, "tests", "data", "realworld");
        var words = 0;
        var matched = 0;
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            foreach (var word in File.ReadAllText(file).Split([' ', '\t', '\n', '\r', ',', ';', '"', '\'', '[', ']'], StringSplitOptions.RemoveEmptyEntries))
            {
                words++;
                if (SecretDetector.MatchValue(word) is null) continue;
                matched++;
                Assert.True(SecretDetector.MayMatchValue(word), word.Length + "-character word ruled out");
            }
        }

        Assert.True(words > 100_000 && matched > 10, $"{words} words, {matched} matched: the corpus should exercise both sides");
    }
}
