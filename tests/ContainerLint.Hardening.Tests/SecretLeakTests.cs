namespace ContainerLint.Hardening.Tests;

using System.Text;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Reporting;
using ContainerLint.Core.Text;

/// <summary>
/// Plants known secrets everywhere a rule can find them and checks that no output format prints
/// any of them, nor an 8-character piece of one (messages mask secrets; source lines, carets and
/// SARIF snippets must not show them either).
/// </summary>
public sealed class SecretLeakTests
{
    private const string AwsKey = "AKIAQ3X7PLM2ZR5TWKVB";
    private const string AwsSecret = "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";
    private const string GitHubToken = "ghp_Zx8Qm2Lk9Pw4Rt7Yu1Io3Ap6Sd5Fg0Hj2Kl4N";
    private const string UrlPassword = "Url9Passw0rdQx";
    private const string PrivateKeyBody = "MIIEowIBAAKCAQEAx7Lq9vT2mWbN3pK8sYhD4fGcJzE1";
    private const string EnvPassword = "EnvHunter2Hunter2";
    private const string ArgToken = "ArgT0kenValue9876";
    private const string LabelSecret = "LabelS3cretQ4242";
    private const string CurlPassword = "CurlPassw0rd55x";
    private const string K8sPassword = "K8sPassw0rdLiteral";
    private const string K8sToken = "ghp_K8sTok3nZx8Qm2Lk9Pw4Rt7Yu1Io3Ap6Sd5Fg";
    private const string ComposePassword = "ComposePassw0rd77";
    private const string ComposeKey = "AKIAZ9Y8X7W6V5U4T3S2";
    private const string SdkPassword = "SdkHunter2Value99";

    // Second round (issue #15, defect 8): quoted values, the legacy form, configured name patterns, echoed words.
    private const string QuotedPassword = "hunter2-quoted-Q9x";
    private const string QuotedSpaced = "two words Pw7";
    private const string SingleQuoted = "SingleQ8uotedPw";
    private const string LegacyToken = "LegacyT0kenValue77";
    private const string LegacyLabel = "LabelLegacyS3cret";
    private const string PatternSeed = "SeedValue9876543";
    private const string EchoedToken = "ghp_Msg8Qm2Lk9Pw4Rt7Yu1Io3Ap6Sd5Fg0Hj2Kl4X";
    private const string ComposeQuoted = "ComposeQuotedPw42";

    private static readonly string[] Secrets =
    [
        AwsKey, AwsSecret, GitHubToken, UrlPassword, PrivateKeyBody, EnvPassword, ArgToken, LabelSecret, CurlPassword, K8sPassword, K8sToken, ComposePassword, ComposeKey, SdkPassword,
        QuotedPassword, QuotedSpaced, SingleQuoted, LegacyToken, LegacyLabel, PatternSeed, EchoedToken, ComposeQuoted,
    ];

    private const string Configuration = "secretNamePatterns: [\"*_SIGNING_SEED\"]\n";

    private static readonly string Dockerfile = $"""
        FROM alpine:3.20
        ENV AWS_ACCESS_KEY_ID={AwsKey} AWS_SECRET_ACCESS_KEY={AwsSecret}
        ARG GITHUB_TOKEN={GitHubToken}
        ARG API_TOKEN={ArgToken}
        ENV DB_PASSWORD={EnvPassword}
        LABEL secret_key="{LabelSecret}"
        RUN git clone https://deploy:{UrlPassword}@git.example.com/app.git /app
        RUN curl -u admin:{CurlPassword} https://example.com/install.sh | sh
        RUN printf '%s\n' '-----BEGIN RSA PRIVATE KEY-----' '{PrivateKeyBody}' > /root/.ssh/id_rsa
        COPY <<EOF /root/.ssh/id_ed25519
        -----BEGIN OPENSSH PRIVATE KEY-----
        {PrivateKeyBody}
        -----END OPENSSH PRIVATE KEY-----
        EOF
        ADD https://user:{UrlPassword}@example.com/a.tgz /tmp/
        ENV DB_PASSWORD="{QuotedPassword}" SERVICE_PASSWORD="{QuotedSpaced}"
        ENV ADMIN_PASSWORD='{SingleQuoted}'
        ENV API_TOKEN {LegacyToken}
        LABEL secret_key {LegacyLabel}
        ENV MY_SIGNING_SEED={PatternSeed}
        {EchoedToken}
        """ + "\n";

    private static readonly string Manifest = $"""
        apiVersion: v1
        kind: Pod
        metadata:
          name: leaky
          namespace: prod
        spec:
          containers:
            - name: app
              image: r.example/app:1
              env:
                - name: DB_PASSWORD
                  value: {K8sPassword}
                - name: GITHUB_TOKEN
                  value: "{K8sToken}"
                - {"{"}name: AWS_SECRET_ACCESS_KEY, value: {AwsSecret}{"}"}
              args: ["--password={K8sPassword}", "https://u:{UrlPassword}@h.example.com"]
        """ + "\n";

    private static readonly string Compose = $"""
        services:
          db:
            image: postgres:16
            environment:
              - POSTGRES_PASSWORD={ComposePassword}
          web:
            image: nginx:1.27
            environment:
              AWS_ACCESS_KEY_ID: {ComposeKey}
              API_TOKEN: "{ArgToken}"
              MY_SIGNING_SEED: '{ComposeQuoted}'
            command: ["sh", "-c", "curl -u admin:{CurlPassword} https://x.example.com"]
        """ + "\n";

    private static readonly string Project = $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <ContainerBaseImage>mcr.microsoft.com/dotnet/aspnet:9.0</ContainerBaseImage>
          </PropertyGroup>
          <ItemGroup>
            <ContainerEnvironmentVariable Include="DB_PASSWORD" Value="{SdkPassword}" />
            <ContainerEnvironmentVariable Include="AWS_ACCESS_KEY_ID" Value="{AwsKey}" />
            <ContainerLabel Include="secret_token" Value="{GitHubToken}" />
          </ItemGroup>
        </Project>
        """ + "\n";

    private static void AssertNoSecret(string output, string where)
    {
        foreach (var secret in Secrets)
        {
            for (var i = 0; i + 8 <= secret.Length; i++)
            {
                var piece = secret.Substring(i, 8);
                Assert.False(output.Contains(piece, StringComparison.Ordinal), $"{where} shows '{piece}' of a planted secret:\n{output}");
            }
        }
    }

    public static TheoryData<string, bool> Formats()
    {
        var data = new TheoryData<string, bool>();
        foreach (var format in ReportFormats.Names)
        {
            data.Add(format, false);
            data.Add(format, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void NoFormatPrintsAPlantedSecret(string format, bool includeSuppressed)
    {
        using var dir = new TempDir();
        dir.Write(".containerlint.yaml", Configuration);
        dir.Write("Dockerfile", Dockerfile);
        dir.Write("k8s/pod.yaml", Manifest);
        dir.Write("compose.yaml", Compose);
        // Suppressed copies: --include-suppressed must not show their lines either.
        dir.Write("suppressed/pod.yaml", Manifest.Replace("metadata:\n", "metadata:\n  annotations:\n    containerlint.io/ignore: \"CL2112\"\n", StringComparison.Ordinal));
        var args = new List<string> { "--format", format, "--policy", "all", "--no-color", "." };
        if (includeSuppressed) args.Add("--include-suppressed");
        var result = Cli.Run(dir.Path, [.. args]);
        Assert.True(result.ExitCode == 1, result.Stderr);
        AssertNoSecret(result.Stdout, format);
        AssertNoSecret(result.Stderr, format + " stderr");

        var outFile = Path.Combine(dir.Path, "report.out");
        var written = Cli.Run(dir.Path, [.. args, "--output", "report.out"]);
        Assert.Equal(1, written.ExitCode);
        AssertNoSecret(File.ReadAllText(outFile), format + " --output");
    }

    [Fact]
    public void TheSecretRulesThatShipDoFireOnThePlantedSecrets()
    {
        // Guards the test above against passing vacuously: findings exist on the secret lines.
        using var dir = new TempDir();
        dir.Write("k8s/pod.yaml", Manifest);
        dir.Write("compose.yaml", Compose);
        var json = Newtonsoft.Json.Linq.JObject.Parse(Cli.Run(dir.Path, "--format", "json", "--policy", "all", ".").Stdout);
        var ids = json["findings"]!.Select(f => (string)f["ruleId"]!).ToHashSet();
        Assert.Contains("CL2112", ids);
        Assert.Contains("CL3015", ids);
        var text = Cli.Run(dir.Path, "--format", "text", "--policy", "all", "--no-color", ".").Stdout;
        Assert.Contains("value: ****", text, StringComparison.Ordinal);
        Assert.Contains("CL2112", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSecondRoundsPlantedSecretsAreFlaggedAndShownMaskedWithTheirNames()
    {
        // Guards the leak test for the quoted, legacy, pattern-named and echoed secrets: the rules fire on those lines,
        // and the text format keeps the name readable in front of the mask (issue #14).
        using var dir = new TempDir();
        dir.Write(".containerlint.yaml", Configuration);
        dir.Write("Dockerfile", Dockerfile);
        var json = Newtonsoft.Json.Linq.JObject.Parse(Cli.Run(dir.Path, "--format", "json", "--policy", "all", "Dockerfile").Stdout);
        var lines = Dockerfile.Split('\n');
        int LineOf(string secret) => Array.FindIndex(lines, l => l.Contains(secret, StringComparison.Ordinal)) + 1;
        bool Flagged(string rule, string secret) => json["findings"]!.Any(f => (string?)f["ruleId"] == rule && (int)f["line"]! == LineOf(secret));
        Assert.True(Flagged("CL1003", QuotedPassword) && Flagged("CL1003", SingleQuoted) && Flagged("CL1003", LegacyToken) && Flagged("CL1003", PatternSeed), json.ToString());
        Assert.True(Flagged("CL1077", LegacyToken) && Flagged("CL0003", EchoedToken), json.ToString());

        var text = Cli.Run(dir.Path, "--format", "text", "--policy", "all", "--no-color", "Dockerfile").Stdout;
        Assert.Contains($"ENV DB_PASSWORD=\"{new string('*', QuotedPassword.Length)}\"", text, StringComparison.Ordinal);
        Assert.Contains($"ENV API_TOKEN {new string('*', LegacyToken.Length)}", text, StringComparison.Ordinal);
        Assert.Contains($"ENV MY_SIGNING_SEED={new string('*', PatternSeed.Length)}", text, StringComparison.Ordinal);
        Assert.Contains("Unknown instruction 'ghp_************'", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void SdkContainerPropertiesDoNotLeakThroughAnyReporter(string format, bool includeSuppressed)
    {
        var engine = LintEngine.CreateDefault();
        var runner = new LintRunner(engine, _ => Core.Configuration.LintConfiguration.Default with { Policy = "all" });
        var bytes = Encoding.UTF8.GetBytes(Project);
        var result = runner.LintOne(new LintTarget(null, "App.csproj", FileKind.MSBuild, ExplicitlyGiven: true) { Content = bytes });
        Assert.Contains(result.Findings, f => f.RuleId == "CL4007");
        var report = new LintReport
        {
            ToolName = "containerlint",
            ToolVersion = "0.0.0",
            Files = [new ReportedFile("App.csproj", FileKind.MSBuild)],
            Findings = ReportFindings.InMemory(result.Findings),
            Catalog = engine.Catalog,
            IncludeSuppressed = includeSuppressed,
            GetSource = _ => new SourceText(Project),
        };
        var writer = new StringWriter { NewLine = "\n" };
        ReportFormats.Create(format)!.Write(report, writer);
        AssertNoSecret(writer.ToString(), format);
    }
}
