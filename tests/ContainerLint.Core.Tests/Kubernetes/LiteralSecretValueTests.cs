namespace ContainerLint.Core.Tests.Kubernetes;

/// <summary>
/// Issue #13, class 1 for Kubernetes: which env values are credentials. Written as (variable, value, verdict) through
/// the rule, so the table keeps testing the behaviour when the classifier moves into the shared secret kernel.
/// </summary>
public sealed class LiteralSecretValueTests
{
    private static bool IsReported(string name, string value)
    {
        var pod = $"apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: x\nspec:\n  containers:\n    - name: app\n      image: r.example/app:1.0\n      env:\n        - name: {name}\n          value: '{value.Replace("'", "''", StringComparison.Ordinal)}'\n";
        var findings = KubeLint.Findings("CL2112", pod);
        Assert.All(findings, f => Assert.DoesNotContain(value, f.Message, StringComparison.Ordinal));
        return findings.Length > 0;
    }

    [Theory]
    // Placeholders: to be filled in at deploy time, not a credential.
    [InlineData("API_TOKEN", "INSERT_YOUR_TOKEN_HERE")]
    [InlineData("GITHUB_TOKEN", "<your-token>")]
    [InlineData("DB_PASSWORD", "<password>")]
    [InlineData("DB_PASSWORD", "${DB_PASSWORD}")]
    [InlineData("DB_PASSWORD", "$(DB_PASSWORD)")]
    [InlineData("CLIENT_SECRET", "prefix-${CLIENT_SECRET}")]
    [InlineData("BIZFLYCLOUD_PASSWORD", "xxxxxxxxxxxxxxxxx")]
    [InlineData("ADMIN_PASSWORD", "********")]
    [InlineData("ADMIN_PASSWORD", "changeme")]
    [InlineData("SLACK_TOKEN", "REPLACE_WITH_SLACK_TOKEN")]
    [InlineData("API_KEY", "[YOUR_API_KEY]")]
    // The name of a Secret object, or a variable about a secret rather than the secret.
    [InlineData("SMTP_SECRET", "smtp-credentials")]
    [InlineData("WEBHOOK_SECRET", "webhook-tls")]
    [InlineData("OAUTH_SECRET_NAME", "oauth2-proxy")]
    [InlineData("TOKEN_SECRET_REF", "github-token")]
    [InlineData("PASSWORD_FILE", "/run/secrets/db")]
    [InlineData("TOKEN_TTL", "3600")]
    [InlineData("AUTH_TOKEN_TIMEOUT", "30s")]
    [InlineData("SECRET_VERSION", "latest")]
    // Ordinary setting words under a secret-like name.
    [InlineData("GCP_SECRET_MANAGER", "latest")]
    [InlineData("AUTH_STRATEGY_TOKEN", "none")]
    [InlineData("PROXY_AUTH", "basic")]
    [InlineData("POSTGRES_HOST_AUTH", "trust")]
    [InlineData("TOKEN_AUTH", "enabled")]
    // A sentence under a secret-like name describes the secret; it is not one.
    [InlineData("SECRET_DATA", "very sensitive data")]
    [InlineData("ADMIN_PASSWORD", "set this before deploying")]
    // A URL whose password is itself a placeholder.
    [InlineData("BROKER_URL", "amqp://user:${RABBIT_PASSWORD}@rabbit:5672")]
    public void PlaceholdersReferencesAndSettingsAreNotCredentials(string name, string value) =>
        Assert.False(IsReported(name, value), $"{name}={value} was reported");

    [Theory]
    // Literal values of secret-like variables, weak defaults included: they are what the cluster runs with.
    [InlineData("POSTGRES_PASSWORD", "postgres")]
    [InlineData("ORDER_QUEUE_PASSWORD", "password")]
    [InlineData("GF_SECURITY_ADMIN_PASSWORD", "admin")]
    [InlineData("DB_PASSWORD", "123456")]
    [InlineData("JWT_SECRET", "keyboard-cat")]
    [InlineData("CRYPTO_PASSPHRASE", "Simple passphrase")]
    [InlineData("RABBITMQ_DEFAULT_PASS", "guest")]
    [InlineData("SECRET_KEY_BASE", "yYrECL4qbNwleYInGJYvVnSkwJuSQJ4ijPTx5tirGUXrbznFIBFVJdPl5t6O9ASw")]
    [InlineData("DB_CONNECTION_STRING", "Host=postgresql;Username=otelu;Password=otelp;Database=otel")]
    // Known credential shapes, whatever the variable is called.
    [InlineData("GREETING", "AKIAIOSFODNN7EXAMPLE")]
    [InlineData("NOTES", "ghp_0123456789abcdefABCDEF0123456789abcd")]
    // A password in a URL, whatever the variable is called.
    [InlineData("BROKER", "amqp://user:s3cr3tpass@rabbit:5672")]
    public void LiteralCredentialsAreReportedAndMasked(string name, string value) =>
        Assert.True(IsReported(name, value), $"{name}={value} was not reported");
}
