namespace ContainerLint.Core.Tests.Secrets;

using System.Text;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Secrets;
using ContainerLint.Core.Text;

/// <summary>
/// Issue #12: one answer to "is this a secret?". A connection string with a literal <c>Password=</c> was caught in SDK
/// container properties only; the shape now lives in the shared detector, so a Dockerfile ENV, a Kubernetes env value,
/// a Compose environment entry and an SDK property get the same answer, and the password is never shown.
/// </summary>
public sealed class ConnectionStringPasswordTests
{
    private const string Password = "Sup3rS3cret!x";
    private const string Connection = "Server=db;Database=shop;User Id=sa;Password=" + Password + ";TrustServerCertificate=true";

    [Theory]
    [InlineData(Connection, "password in a connection string")]
    [InlineData("Host=db;Username=app;Pwd=" + Password, "password in a connection string")]
    [InlineData("Server=db;User Id=sa;Password=${DB_PASSWORD}", null)]
    [InlineData("Server=db;User Id=sa;Password=$(DB_PASSWORD)", null)]
    [InlineData("Server=db;User Id=sa;Password=<your-password>", null)]
    [InlineData("Server=db;User Id=sa;Password=********", null)]
    [InlineData("Server=db;User Id=sa;Password=;", null)]
    [InlineData("Server=db;Integrated Security=true", null)]
    [InlineData("PasswordPolicy=strict", null)]
    public void TheSharedDetectorKnowsTheShape(string value, string? kind) => Assert.Equal(kind, SecretDetector.MatchValue(value)?.Kind);

    [Fact]
    public void ADockerfileEnvWithAConnectionStringPasswordIsReportedMasked()
    {
        var findings = Lint(FileKind.Dockerfile, $"FROM mcr.microsoft.com/dotnet/aspnet:9.0\nENV ConnectionStrings__Db=\"{Connection}\"\n", "CL1004");
        var finding = Assert.Single(findings);
        Assert.Equal(2, finding.Span.Line);
        Assert.DoesNotContain(Password, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AKubernetesEnvValueWithAConnectionStringPasswordIsReportedMasked()
    {
        var pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: x\nspec:\n  containers:\n    - name: app\n      image: r.example/app:1.0\n"
            + $"      env:\n        - name: ConnectionStrings__Db\n          value: \"{Connection}\"\n";
        var finding = Assert.Single(Lint(FileKind.Kubernetes, pod, "CL2112"));
        Assert.Equal(12, finding.Span.Line);
        Assert.DoesNotContain(Password, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AComposeEnvironmentEntryWithAConnectionStringPasswordIsReportedMasked()
    {
        var compose = $"services:\n  web:\n    image: r.example/app:1.0\n    environment:\n      - ConnectionStrings__Db={Connection}\n";
        var finding = Assert.Single(Lint(FileKind.Compose, compose, "CL3015"));
        Assert.Equal(5, finding.Span.Line);
        Assert.DoesNotContain(Password, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AComposePlaceholderUnderASecretNameIsNotACredential()
    {
        var compose = "services:\n  web:\n    image: r.example/app:1.0\n    environment:\n      - DB_PASSWORD=<your-password>\n      - API_TOKEN=INSERT_YOUR_TOKEN_HERE\n";
        Assert.Empty(Lint(FileKind.Compose, compose, "CL3015"));
    }

    private static Finding[] Lint(FileKind kind, string text, string ruleId)
    {
        var engine = LintEngine.CreateDefault();
        var configuration = LintConfiguration.Default with { Policy = Policies.All };
        var path = kind switch { FileKind.Dockerfile => "Dockerfile", FileKind.Compose => "compose.yaml", _ => "pod.yaml" };
        return [.. engine.Lint(new LintInput(path, new SourceText(text)), kind, configuration).Findings.Where(f => f.RuleId == ruleId)];
    }
}
