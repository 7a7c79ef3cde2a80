namespace ContainerLint.Core.Tests.Secrets;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Secrets;
using ContainerLint.Core.Text;

/// <summary>The one masker every message and shown line goes through (issue #15, defect 8).</summary>
public sealed class SecretMaskerTextTests
{
    private static string Blank(string text, IReadOnlyList<string>? patterns = null)
    {
        var chars = text.ToCharArray();
        foreach (var (start, end) in SecretMasker.SecretRanges(text, patterns))
        {
            for (var i = start; i < end; i++) chars[i] = '*';
        }

        return new string(chars);
    }

    [Theory]
    [InlineData("ENV DB_PASSWORD=hunter2x", "ENV DB_PASSWORD=********")]
    [InlineData("ENV DB_PASSWORD=\"hunter2 quoted\"", "ENV DB_PASSWORD=\"**************\"")]
    [InlineData("ENV DB_PASSWORD='hunter2-quoted' B=1", "ENV DB_PASSWORD='**************' B=1")]
    [InlineData("ENV API_TOKEN legacyT0ken value", "ENV API_TOKEN *****************")]
    [InlineData("ARG API_TOKEN legacyT0ken # note", "ARG API_TOKEN *********** # note")]
    [InlineData("  API_TOKEN: \"ArgT0kenValue9876\"", "  API_TOKEN: \"*****************\"")]
    [InlineData("  password: my secret pass", "  password: **************")]
    [InlineData("- name: DB_PASSWORD\n  value: K8sPassw0rdLiteral\n", "- name: DB_PASSWORD\n  value: ******************\n")]
    [InlineData("RUN curl -u admin:CurlPassw0rd55x https://x", "RUN curl -u admin:*************** https://x")]
    [InlineData("git clone https://deploy:Url9Passw0rdQx@git.example.com/a x", "git clone https://deploy:**************@git.example.com/a x")]
    [InlineData("ADD https://user:************@example.com/a.tgz /tmp/", "ADD https://user:************@example.com/a.tgz /tmp/")]
    [InlineData("x ghp_Zx8Qm2Lk9Pw4Rt7Yu1Io3Ap6Sd5Fg0Hj2Kl4N", "x *****************************************")]
    [InlineData("FROM alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "FROM alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("ENV LOG_LEVEL=debug PORT=8080", "ENV LOG_LEVEL=debug PORT=8080")]
    [InlineData("ENV MODE=production", "ENV MODE=production")]
    [InlineData("ENV \u00a0DB_PWD=abc123", "ENV \u00a0DB_PWD=******")] // the name is read trimmed (the blank is no separator)
    [InlineData("run --db-pwd=abc123 x", "run --db-pwd=****** x")]
    [InlineData("x=AKIAIOSFODNN7EXAMPLE y", "********************** y")] // a token shape inside a longer word
    public void SecretsAreFoundWhereTheSecretRulesLook(string text, string expected) => Assert.Equal(expected, Blank(text));

    [Fact]
    public void ConfiguredNamePatternsMarkNamesToo()
    {
        Assert.Equal("ENV MY_SIGNING_SEED=seedValue", Blank("ENV MY_SIGNING_SEED=seedValue"));
        Assert.Equal("ENV MY_SIGNING_SEED=*********", Blank("ENV MY_SIGNING_SEED=seedValue", new NamePatterns(["*_SIGNING_SEED"])));
        Assert.Equal("ENV MY_SIGNING_SEED *********", Blank("ENV MY_SIGNING_SEED seedValue", ["*_signing_seed"]));
    }

    [Fact]
    public void MessagesGetTheMaskNotTheSecret()
    {
        Assert.Equal("ghp_" + SecretMasker.MaskRun, SecretMasker.MaskText("ghp_Zx8Qm2Lk9Pw4Rt7Yu1Io3Ap6Sd5Fg0Hj2Kl4N"));
        Assert.Equal("curl -u admin:" + SecretMasker.MaskRun + " x", SecretMasker.MaskText("curl -u admin:CurlPassw0rd55x x"));
        Assert.Equal("alpine:3.20", SecretMasker.MaskText("alpine:3.20"));
        Assert.Equal("https://u:" + SecretMasker.MaskRun + "@h.example/x", SecretMasker.MaskText("https://u:" + SecretMasker.MaskRun + "@h.example/x"));
        Assert.Equal("https://u:" + SecretMasker.MaskRun + "@h.example/x", SecretMasker.MaskText("https://u:Url9Passw0rdQx@h.example/x"));
    }

    [Fact]
    public void EngineMessagesAndFixesCarryNoSecret()
    {
        var engine = LintEngine.CreateDefault();
        var configuration = LintConfiguration.Default with { Policy = Policies.All, SecretNamePatterns = new NamePatterns(["*_SIGNING_SEED"]) };
        var text = "FROM alpine:3.20\nghp_Zx8Qm2Lk9Pw4Rt7Yu1Io3Ap6Sd5Fg0Hj2Kl4N\nENV API_TOKEN legacyT0kenValue99\nENV MY_SIGNING_SEED seedValue12345\n";
        var findings = engine.Lint(new LintInput("Dockerfile", new SourceText(text)), FileKind.Dockerfile, configuration).Findings;
        var unknown = Assert.Single(findings, f => f.RuleId == DiagnosticIds.UnknownInstruction);
        Assert.Contains("ghp_" + SecretMasker.MaskRun, unknown.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Zx8Qm2Lk", unknown.Message, StringComparison.Ordinal);

        // CL1077 (once per file, on the first legacy ENV) would rewrite the line as API_TOKEN=legacyT0kenValue99: its fix is dropped rather than shown.
        var legacy = Assert.Single(findings, f => f.RuleId == "CL1077");
        Assert.Equal(3, legacy.Span.Line);
        Assert.Null(legacy.Fix);
        Assert.Contains(engine.Lint(new LintInput("Dockerfile", new SourceText("FROM alpine:3.20\nENV MODE production\n")), FileKind.Dockerfile, configuration).Findings, f => f.RuleId == "CL1077" && f.Fix is not null);
    }

    [Fact]
    public void LongMessageArgumentsAreCut()
    {
        var engine = LintEngine.CreateDefault();
        var word = "X" + new string('y', 30_000);
        var findings = engine.Lint(new LintInput("Dockerfile", new SourceText("FROM alpine:3.20\n" + word + " z\n")), FileKind.Dockerfile, LintConfiguration.Default).Findings;
        var unknown = Assert.Single(findings, f => f.RuleId == DiagnosticIds.UnknownInstruction);
        Assert.True(unknown.Message.Length < 400, unknown.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("…", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RememberedArgumentsAreShownAsComputedPerNamePatterns()
    {
        var memo = new ShownArguments();
        IReadOnlyList<string> none = [];
        IReadOnlyList<string> custom = ["*_PIN"];
        string[] args = ["apt-get install", "DB_PIN=123456", "DB_PASSWORD=hunter2hunter2", "https://u:pw1234@example.com/x", "X" + new string('y', 300)];
        foreach (var patterns in new[] { none, custom, none, custom })
        {
            foreach (var arg in args) Assert.Equal(MessageArguments.Shown(arg, patterns), memo.Shown(arg, patterns));
        }

        // The name patterns are part of the key: the same text is masked under one configuration and not the other.
        Assert.Equal("DB_PIN=123456", memo.Shown("DB_PIN=123456", none));
        Assert.DoesNotContain("123456", memo.Shown("DB_PIN=123456", custom), StringComparison.Ordinal);
    }

    [Fact]
    public void RememberedArgumentsStayCorrectPastCapacity()
    {
        var memo = new ShownArguments();
        IReadOnlyList<string> none = [];
        for (var i = 0; i < ShownArguments.Capacity + 100; i++)
        {
            var arg = "TOKEN=abcdefgh" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(MessageArguments.Shown(arg, none), memo.Shown(arg, none));
        }
    }
}
