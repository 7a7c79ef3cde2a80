namespace ContainerLint.Core.Tests.Dockerfile.Rules;

/// <summary>No finding message of any rule ever contains a planted secret, wherever the secret-looking value sits.</summary>
public sealed class SecurityRulesSecretMaskingTests
{
    private static readonly string[] Secrets =
    [
        "ghp_abcdefghijklmnopqrstuvwxyz0123456789", "AKIAIOSFODNN7EXAMPLE", "glpat-abcdefghijklmnopqrst", "S3cr3tPassw0rd",
        "hunter2pw", "npm_abcdef123456", "xoxb-1234567890-abcdefghij", "Zq9xL2mN8vB4cR7tY1wE5uI3oP6aS0dF",
    ];

    private const string Dockerfile = """
        ARG GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789
        FROM alpine:3.22
        ENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
        ENV DB_PASSWORD=S3cr3tPassw0rd SLACK=xoxb-1234567890-abcdefghij
        ENV RANDOM_BLOB=Zq9xL2mN8vB4cR7tY1wE5uI3oP6aS0dF
        LABEL deploy.token="glpat-abcdefghijklmnopqrst" admin_password=S3cr3tPassw0rd
        RUN curl -u deploy:S3cr3tPassw0rd https://x/p -o /tmp/p
        RUN git clone https://bot:hunter2pw@github.com/acme/app.git
        RUN wget --password=S3cr3tPassw0rd https://x/f && mysql -pS3cr3tPassw0rd -e 'select 1'
        RUN echo "//registry.npmjs.org/:_authToken=npm_abcdef123456" > ~/.npmrc
        RUN docker login -p S3cr3tPassw0rd registry.example.com && tool --token ghp_abcdefghijklmnopqrstuvwxyz0123456789
        RUN ["curl", "--user", "admin:S3cr3tPassw0rd", "https://x"]
        USER 10001
        """;

    [Fact]
    public void NoMessageEchoesASecret()
    {
        var findings = DockerfileRuleHarness.Lint(Dockerfile);
        var ids = findings.Select(f => f.RuleId).ToHashSet();
        // The secrets were seen (so the check below is meaningful) …
        Assert.Superset(new HashSet<string> { "CL1003", "CL1004", "CL1005", "CL1006" }, ids);
        Assert.True(findings.Count(f => f.RuleId == "CL1006") >= 7, string.Join("\n", findings.Select(f => f.RuleId + " " + f.Message)));
        // … and never shown.
        foreach (var finding in findings)
        {
            foreach (var secret in Secrets)
            {
                Assert.DoesNotContain(secret, finding.Message, StringComparison.Ordinal);
                Assert.DoesNotContain(secret, string.Concat(finding.Fix?.Edits.Select(e => e.Replacement) ?? []), StringComparison.Ordinal);
            }
        }
    }
}
