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
}
