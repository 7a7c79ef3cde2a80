namespace ContainerLint.Core.Tests.Kubernetes;

using System.Text;

/// <summary>Secrets committed with literal credentials (CL2127, issue #13's miss) and credentials in ConfigMaps (CL2128, union row K37).</summary>
public sealed class CommittedCredentialTests
{
    private static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private const string SecretHead = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  namespace: shop\n";

    [Fact]
    public void OneFindingPerSecretOnTheFirstCredentialNamingTheEntriesNotTheValues()
    {
        var markup = SecretHead + $"type: Opaque\ndata:\n  username: {B64("shop")}\n  password: {{|CL2127:{B64("Sh0p-Passw0rd")}|}}\n  api-key: {B64("k3y-material-123")}\n";
        KubeLint.Verify("CL2127", markup);
        var hit = Assert.Single(KubeLint.Findings("CL2127", markup.Replace("{|CL2127:", "", StringComparison.Ordinal).Replace("|}", "", StringComparison.Ordinal)));
        Assert.Contains("data.password and 1 more entry", hit.Message);
        Assert.DoesNotContain("Sh0p", hit.Message);
        Assert.DoesNotContain(B64("Sh0p-Passw0rd"), hit.Message);
        Assert.Equal("Secret/shop/db", hit.Object);
    }

    [Theory]
    [InlineData("stringData:\n  password: {|CL2127:s3cr3t-value|}\n")]
    [InlineData("stringData:\n  RABBITMQ_DEFAULT_PASS: {|CL2127:guest-guest|}\n")]
    [InlineData("stringData:\n  ClientSecret: {|CL2127:4f1e0c2b9d7a|}\n")]
    [InlineData("type: kubernetes.io/basic-auth\nstringData:\n  username: admin\n  password: {|CL2127:admin|}\n")]
    [InlineData("stringData:\n  id_rsa: |\n    {|CL2127:-----BEGIN OPENSSH PRIVATE KEY-----|}\n    b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n    -----END OPENSSH PRIVATE KEY-----\n")]
    [InlineData("stringData:\n  config.yaml: |\n    url: https://hooks.example.com\n    {|CL2127:secret: \"shh!-n0t-public\"|}\n")]
    [InlineData("type: kubernetes.io/dockerconfigjson\nstringData:\n  .dockerconfigjson: {|CL2127:'{\"auths\":{\"registry.example.com\":{\"auth\":\"dXNlcjpwYXNz\"}}}'|}\n")]
    public void LiteralCredentialsInASecretAreReported(string body) => KubeLint.Verify("CL2127", SecretHead + body);

    [Theory]
    // Placeholders, empty entries, public parts and settings (issue #13: a Secret template is not a leak).
    [InlineData("data:\n  ClientSecret: <base64-encoded-client-secret>\n  VMType: QUtTCg==\n")]
    [InlineData("data: {}\n")]
    [InlineData("stringData:\n  password: \"\"\n  token: ${TOKEN}\n  api-key: xxxxxxxxxxxx\n")]
    [InlineData("stringData:\n  username: admin\n  host: db.example.com\n  port: \"5432\"\n  ca.crt: |\n    -----BEGIN CERTIFICATE-----\n    MIIB\n    -----END CERTIFICATE-----\n")]
    [InlineData("stringData:\n  CRYPTO_KEY_CIPHER: aes-xts-plain64\n  CRYPTO_KEY_HASH: sha256\n  CRYPTO_KEY_SIZE: \"256\"\n  CRYPTO_KEY_PROVIDER: secret\n")]
    [InlineData("stringData:\n  prometheus.yaml: |\n    scrape_configs:\n      - job_name: app\n        bearer_token_file: /var/run/secrets/token\n")]
    public void SecretsWithoutLiteralCredentialsAreNotReported(string body) => KubeLint.Verify("CL2127", SecretHead + body);

    [Fact]
    public void ADataValueThatIsNotBase64IsAPlaceholderNotACredential() =>
        KubeLint.Verify("CL2127", SecretHead + "data:\n  password: not base64 at all!\n");

    private const string ConfigMapHead = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n  namespace: shop\ndata:\n";

    [Theory]
    [InlineData("  DB_PASSWORD: {|CL2128:Sh0pPassw0rd|}\n")]
    [InlineData("  notes: {|CL2128:AKIAIOSFODNN7EXAMPLE|}\n")]
    [InlineData("  application.properties: |\n    spring.datasource.url=jdbc:postgresql://db:5432/shop\n    {|CL2128:spring.datasource.password=admin|}\n")]
    [InlineData("  relay.yaml: |\n    auth:\n      username: otel\n      {|CL2128:password: otel-pass|}\n")]
    [InlineData("  broker: {|CL2128:amqp://shop:guest-pass@rabbit:5672|}\n")]
    public void CredentialsInAConfigMapAreReportedWhereTheyAreWritten(string body) => KubeLint.Verify("CL2128", ConfigMapHead + body);

    [Theory]
    [InlineData("  service.slack: |\n    token: $slack-token\n")]
    [InlineData("  config.yaml: |\n    staticClients:\n      - id: app\n        secretEnv: OIDC_CLIENT_SECRET\n")]
    [InlineData("  secret_name_template: \"{username}.{cluster}.credentials\"\n")]
    [InlineData("  DB_PASSWORD_FILE: /etc/app/password\n  TOKEN_TTL: 1h\n  AUTH_MODE: basic\n  DB_SECRET: db-credentials\n")]
    [InlineData("  application.properties: |\n    spring.datasource.password=${DB_PASSWORD}\n    management.endpoints.web.exposure.include=health\n")]
    public void ReferencesTemplatesAndSettingsInAConfigMapAreNotReported(string body) => KubeLint.Verify("CL2128", ConfigMapHead + body);
}
