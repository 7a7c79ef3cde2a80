namespace ContainerLint.Core.Tests.Configuration;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Model;

public sealed class ConfigurationFileTests
{
    private static ConfigurationFile Parse(string yaml) => ConfigurationFile.Parse(yaml, "/repo/.containerlint.yaml", RuleCatalog.Default);

    [Fact]
    public void EverySettingIsRead()
    {
        var file = Parse("""
            disable: [CL0003, cl0004]
            enable: [CL0005]
            severity: {CL0007: warning, CL0013: none}
            policy: cis-docker
            trustedRegistries: [mcr.microsoft.com, docker.io/library]
            ignorePaths: [vendor, "**/*.test.yaml"]
            target: runtime
            buildArgs: {TAG: "1.2"}
            eolReferenceDate: 2025-01-31
            secretNamePatterns: ["*_PASSPHRASE"]
            allowInlineSuppressions: false
            """);
        Assert.Equal(["CL0003", "CL0004"], file.Disable);
        Assert.Equal(["CL0005"], file.Enable);
        Assert.Equal(Severity.Warning, file.Severity["CL0007"]);
        Assert.Equal(Severity.None, file.Severity["CL0013"]);
        Assert.Equal("cis-docker", file.Policy);
        Assert.Equal(["mcr.microsoft.com", "docker.io/library"], file.TrustedRegistries);
        Assert.Equal("runtime", file.Target);
        Assert.Equal("1.2", file.BuildArgs["TAG"]);
        Assert.Equal(new DateOnly(2025, 1, 31), file.EolReferenceDate);
        Assert.Equal(["*_PASSPHRASE"], file.SecretNamePatterns);
        Assert.False(file.AllowInlineSuppressions);
        Assert.True(file.IsIgnored("/repo/vendor/a/Dockerfile"));
        Assert.True(file.IsIgnored("/repo/k8s/x.test.yaml"));
        Assert.False(file.IsIgnored("/repo/k8s/x.yaml"));
        Assert.False(file.IsIgnored("/elsewhere/vendor/Dockerfile"));
        Assert.True(file.IsDirectoryIgnored("/repo/vendor"));
        Assert.False(file.IsDirectoryIgnored("/repo/k8s"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void AnEmptyFileMeansDefaults(string yaml)
    {
        var merged = ConfigurationResolver.Merge(Parse(yaml), new ConfigurationOverrides());
        Assert.Equal(Policies.Recommended, merged.Policy);
        Assert.Empty(merged.Disabled);
        Assert.True(merged.AllowInlineSuppressions);
    }

    [Theory]
    [InlineData("disable: [CL0003]\nfoo: 1\n", "/repo/.containerlint.yaml(2,1): unknown setting 'foo'")]
    [InlineData("disable: [CL9999]\n", "/repo/.containerlint.yaml(1,11): unknown rule id 'CL9999'")]
    [InlineData("disable: {a: b}\n", "(1,10): expected a single value")]
    [InlineData("severity: [CL0003]\n", "(1,11): expected a mapping of rule id to level")]
    [InlineData("severity:\n  CL0003: fatal\n", "(2,11): bad level 'fatal' for CL0003")]
    [InlineData("trustedRegistries: docker.io\n", "(1,20): expected a list")]
    [InlineData("ignorePaths: [[a]]\n", "(1,15): expected a single value")]
    [InlineData("policy: [all]\n", "(1,9): expected a single value")]
    [InlineData("key: [unclosed\n", "invalid YAML")]
    [InlineData("disable: [CL1020\npolicy: all\n", "(2,1): invalid YAML: the flow sequence '[' opened at line 1, column 10 is not closed with ']' before this point.")]
    [InlineData("severity: {CL1020: note\npolicy: all\n", "(2,1): invalid YAML: the flow mapping '{' opened at line 1, column 11 is not closed with '}' before this point.")]
    [InlineData("policy: all\npolicy: cis-docker\n", "(2,1): 'policy' appears twice")]
    [InlineData("severity:\n  CL0003: note\n  CL0003: error\n", "(3,3): 'CL0003' appears twice")]
    [InlineData("secretNamePatterns: [\"MY KEY\"]\n", "(1,22): secretNamePatterns: 'MY KEY' is not a name pattern")]
    [InlineData("secretNamePatterns: [\"\"]\n", "(1,22): secretNamePatterns: an empty pattern matches nothing")]
    [InlineData("secretNamePatterns: [\"^FOO$\"]\n", "(1,22): secretNamePatterns: '^FOO$' is not a name pattern")]
    public void ErrorsNameTheFileLineAndColumn(string yaml, string expected)
    {
        var ex = Assert.Throws<ConfigurationException>(() => Parse(yaml));
        Assert.Contains(expected, ex.Message);
        Assert.StartsWith("/repo/.containerlint.yaml(", ex.Message);
    }

    [Fact]
    public void CommandLineOverridesWinOverTheFile()
    {
        var file = Parse("policy: all\nseverity: {CL0003: error, CL0004: note}\nbuildArgs: {A: file, B: file}\ntarget: build\ndisable: [CL0005]\n");
        var merged = ConfigurationResolver.Merge(file, new ConfigurationOverrides
        {
            Policy = Policies.CisDocker,
            Severity = new Dictionary<string, Severity> { ["CL0003"] = Severity.Note },
            BuildArgs = new Dictionary<string, string> { ["A"] = "cli" },
            Target = "final",
            Disable = ["CL0006"],
        });
        Assert.Equal(Policies.CisDocker, merged.Policy);
        Assert.Equal(Severity.Note, merged.SeverityOverrides["CL0003"]);
        Assert.Equal(Severity.Note, merged.SeverityOverrides["CL0004"]);
        Assert.Equal("cli", merged.BuildArgs["A"]);
        Assert.Equal("file", merged.BuildArgs["B"]);
        Assert.Equal("final", merged.TargetStage);
        Assert.Equal(["CL0005", "CL0006"], merged.Disabled.Order());
        Assert.Equal("/repo/.containerlint.yaml", merged.SourcePath);
    }

    public static TheoryData<string, string> Hostile() => new()
    {
        // The first round's stack overflow: block sequences nested 50,000 deep on one line.
        { "disable:\n  " + string.Concat(Enumerable.Repeat("- ", 50_000)) + "x\n", "(2,1001): invalid YAML: nested deeper than 500 levels" },
        { "disable: " + new string('[', 200_000) + new string(']', 200_000) + "\n", "(1,510): invalid YAML: nested deeper than 500 levels" },
        { "severity: " + string.Concat(Enumerable.Repeat("{a: ", 100_000)) + "b" + new string('}', 100_000) + "\n", "(1,2011): invalid YAML: nested deeper than 500 levels" },
        { "disable:\n" + string.Concat(Enumerable.Range(0, 3_000).Select(i => new string(' ', 2 * i + 2) + "-\n")), "(501,1001): invalid YAML: nested deeper than 500 levels" },
        { "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n", "(1,1): unknown setting 'a'" },
        { "policy: !!python/object/apply:os.system [\"touch /tmp/pwned\"]\n", "(1,9): expected a single value" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void HostileConfigurationIsAnErrorWithAPositionNotACrash(string yaml, string expected)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var ex = Assert.Throws<ConfigurationException>(() => Parse(yaml));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
        Assert.False(File.Exists("/tmp/pwned"));
    }

    [Fact]
    public void SecretNamePatternsAreCompiledOnceAndMatchLinearly()
    {
        var file = Parse("secretNamePatterns: [\"*_SIGNING_SEED\", \"" + string.Concat(Enumerable.Repeat("*A", 120)) + "*B\"]\n");
        var patterns = Assert.IsType<NamePatterns>(file.SecretNamePatterns);
        Assert.Same(patterns, NamePatterns.From(ConfigurationResolver.Merge(file, new ConfigurationOverrides()).SecretNamePatterns));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.True(Core.Secrets.SecretDetector.IsSecretName("MY_SIGNING_SEED", patterns));
        Assert.False(Core.Secrets.SecretDetector.IsSecretName(new string('A', 5_000), patterns));
        Assert.Null(Core.Secrets.SecretDetector.ClassifyLiteral(new string('A', 5_000), "value", patterns));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString());
    }
}
