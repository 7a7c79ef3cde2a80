namespace ContainerLint.Core.Tests.Configuration;

using System.Diagnostics;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;

/// <summary>
/// The .editorconfig reader (issue #14): EditorConfig globs, <c>root = true</c>, nearest file wins per key, the last
/// matching section wins within a file, Roslyn's severity names, and where these severities sit among the other settings.
/// </summary>
public sealed class EditorConfigTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "cl-editorconfig-" + Guid.NewGuid().ToString("N")[..12]);

    public EditorConfigTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }

    private string Write(string relative, string content)
    {
        var full = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    private string PathOf(string relative) => Path.Combine(_root, relative);

    [Theory]
    [InlineData("*", "Dockerfile", true)]
    [InlineData("*", "deploy/app.yaml", true)]
    [InlineData("*.yaml", "deploy/k8s/app.yaml", true)]
    [InlineData("*.yaml", "deploy/app.yml", false)]
    [InlineData("*.{yaml,yml}", "deploy/app.yml", true)]
    [InlineData("{Dockerfile,*.dockerfile}", "src/api.dockerfile", true)]
    [InlineData("Dockerfile", "src/Dockerfile", true)]
    [InlineData("Dockerfile", "src/Dockerfile.dev", false)]
    [InlineData("Dockerfile*", "src/Dockerfile.dev", true)]
    [InlineData("deploy/*.yaml", "deploy/app.yaml", true)]
    [InlineData("deploy/*.yaml", "deploy/k8s/app.yaml", false)]
    [InlineData("deploy/*.yaml", "other/deploy/app.yaml", false)]
    [InlineData("/deploy/*.yaml", "deploy/app.yaml", true)]
    [InlineData("deploy/**.yaml", "deploy/k8s/app.yaml", true)]
    [InlineData("deploy/**/app.yaml", "deploy/app.yaml", true)]
    [InlineData("deploy/**/app.yaml", "deploy/a/b/app.yaml", true)]
    [InlineData("**/deploy/*.yaml", "x/y/deploy/app.yaml", true)]
    [InlineData("app?.yaml", "app1.yaml", true)]
    [InlineData("app?.yaml", "app12.yaml", false)]
    [InlineData("app[0-9].yaml", "app7.yaml", true)]
    [InlineData("app[!0-9].yaml", "app7.yaml", false)]
    [InlineData("app[!0-9].yaml", "appx.yaml", true)]
    [InlineData("app{1..3}.yaml", "app2.yaml", true)]
    [InlineData("app{1..3}.yaml", "app4.yaml", false)]
    [InlineData("app{-2..2}.yaml", "app-1.yaml", true)]
    [InlineData("{a,{b,c}}.yaml", "c.yaml", true)]
    [InlineData("{single}.yaml", "{single}.yaml", true)]
    [InlineData("\\*.yaml", "*.yaml", true)]
    [InlineData("\\*.yaml", "a.yaml", false)]
    [InlineData("DOCKERFILE", "Dockerfile", false)]
    [InlineData("{unclosed.yaml", "unclosed.yaml", false)]
    public void GlobsFollowTheEditorConfigRules(string glob, string path, bool expected) =>
        Assert.Equal(expected, EditorConfigGlob.Parse(glob).IsMatch(path));

    [Fact]
    public void AHostilePatternMatchesInLinearTime()
    {
        var glob = EditorConfigGlob.Parse(string.Concat(Enumerable.Repeat("*a", 200)) + "b");
        var path = new string('a', 100_000);
        var clock = Stopwatch.StartNew();
        Assert.False(glob.IsMatch(path));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.False(EditorConfigGlob.Parse(new string('*', EditorConfigGlob.MaxLength + 1)).IsMatch("x"));
    }

    [Fact]
    public void TheFileFormatKeepsPreambleSectionsAndCommentsApart()
    {
        var file = EditorConfigFile.Parse("# comment\nroot = TRUE\n\n[*.yaml]\n; another\nIndent_Style = space\nDotNet_Diagnostic.CL2001.Severity = error\n[Dockerfile]\nkey : value\nno separator here\n[*.yaml]\nindent_style = tab\n", _root);
        Assert.True(file.IsRoot);
        Assert.Equal(3, file.Sections.Count);
        var props = new Dictionary<string, string>(StringComparer.Ordinal);
        file.Apply(PathOf("deploy/app.yaml"), props);
        // Keys are case-insensitive (lower-cased); the later matching section wins.
        Assert.Equal("tab", props["indent_style"]);
        Assert.Equal("error", props["dotnet_diagnostic.cl2001.severity"]);
        Assert.DoesNotContain("key", props.Keys);
        Assert.False(EditorConfigFile.Parse("[*]\nroot = true\n", _root).IsRoot);
    }

    [Fact]
    public void RoslynSeverityNamesMapToContainerLintLevels()
    {
        Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.CL1001.severity = none\ndotnet_diagnostic.CL1002.severity = silent\n"
            + "dotnet_diagnostic.CL1003.severity = suggestion\ndotnet_diagnostic.cl1004.severity = Warning\ndotnet_diagnostic.CL1005.severity = error\n"
            + "dotnet_diagnostic.CL1006.severity = default\ndotnet_diagnostic.CL1007.severity = loud\ndotnet_diagnostic.CA1001.severity = error\n");
        var severities = new EditorConfigResolver().SeveritiesFor(Write("Dockerfile", "FROM a\n"));
        Assert.Equal(new Dictionary<string, Severity?>
        {
            ["CL1001"] = Severity.None, ["CL1002"] = Severity.None, ["CL1003"] = Severity.Note, ["CL1004"] = Severity.Warning,
            ["CL1005"] = Severity.Error, ["CL1006"] = null,
        }, severities);
    }

    [Fact]
    public void TheNearestFileWinsPerKeyAndARootFileEndsTheSearch()
    {
        Write(".editorconfig", "[*]\ndotnet_diagnostic.CL1001.severity = error\n");
        Write("repo/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.CL1010.severity = error\ndotnet_diagnostic.CL1020.severity = error\n");
        Write("repo/svc/.editorconfig", "[Dockerfile]\ndotnet_diagnostic.CL1020.severity = none\n[*.yaml]\ndotnet_diagnostic.CL1010.severity = none\n");
        var dockerfile = Write("repo/svc/Dockerfile", "FROM a\n");
        var resolver = new EditorConfigResolver();
        var severities = resolver.SeveritiesFor(dockerfile);
        Assert.Equal(Severity.None, severities["CL1020"]);          // nearer file wins
        Assert.Equal(Severity.Error, severities["CL1010"]);         // the nearer section does not match the Dockerfile
        Assert.False(severities.ContainsKey("CL1001"));             // above root = true
        Assert.Equal([PathOf("repo/svc/.editorconfig"), PathOf("repo/.editorconfig")], resolver.FilesFor(dockerfile).Select(f => Path.Combine(f.Directory, EditorConfigFile.FileName)));
        Assert.Equal([PathOf("repo/svc/.editorconfig"), PathOf("repo/.editorconfig")], resolver.ProbedPaths(dockerfile));
    }

    [Fact]
    public void AFolderNamedEditorConfigIsSkippedAndTheSearchGoesOn()
    {
        Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.CL1001.severity = error\n");
        Directory.CreateDirectory(PathOf("dir/.editorconfig"));
        Assert.Equal(Severity.Error, new EditorConfigResolver().SeveritiesFor(Write("dir/Dockerfile", "FROM a\n"))["CL1001"]);
    }

    private static Severity? Effective(LintConfiguration configuration, string id)
    {
        var rule = RuleCatalog.Default.Get(id);
        return RuleSelection.IsEnabled(rule, configuration) ? RuleSelection.EffectiveSeverity(rule, configuration) : null;
    }

    [Fact]
    public void EditorConfigWinsOverTheConfigurationFileAndTheCommandLineWinsOverBoth()
    {
        Write(".containerlint.yaml", "severity:\n  CL1010: error\n  CL1020: note\ndisable: [CL1030]\n");
        Write(".editorconfig", "root = true\n[Dockerfile]\ndotnet_diagnostic.CL1010.severity = suggestion\ndotnet_diagnostic.CL1020.severity = default\n"
            + "dotnet_diagnostic.CL1030.severity = warning\ndotnet_diagnostic.CL1022.severity = warning\ndotnet_diagnostic.CL1011.severity = error\n"
            + "dotnet_diagnostic.CL1024.severity = none\n");
        var dockerfile = Write("Dockerfile", "FROM a\n");
        var overrides = new ConfigurationOverrides { Severity = new Dictionary<string, Severity> { ["CL1011"] = Severity.Note } };
        var configuration = new ConfigurationResolver(RuleCatalog.Default, overrides, editorConfig: new EditorConfigResolver()).For(dockerfile);

        Assert.Equal(Severity.Note, Effective(configuration, "CL1010"));                                  // .editorconfig over .containerlint.yaml
        Assert.Equal(RuleCatalog.Default.Get("CL1020").DefaultSeverity, Effective(configuration, "CL1020")); // default: the rule's own
        Assert.Equal(Severity.Warning, Effective(configuration, "CL1030"));                               // turns a disabled rule back on
        Assert.False(RuleCatalog.Default.Get("CL1022").EnabledByDefault);
        Assert.Equal(Severity.Warning, Effective(configuration, "CL1022"));                               // turns on a rule off by default, as for analyzers
        Assert.Equal(Severity.Note, Effective(configuration, "CL1011"));                                  // the command line wins
        Assert.Null(Effective(configuration, "CL1024"));                                                  // none: off

        // Without an .editorconfig reader (or for another file) nothing changes.
        var plain = new ConfigurationResolver(RuleCatalog.Default, overrides).For(dockerfile);
        Assert.Equal(Severity.Error, Effective(plain, "CL1010"));
        Assert.Null(Effective(plain, "CL1030"));
        var yaml = new ConfigurationResolver(RuleCatalog.Default, overrides, editorConfig: new EditorConfigResolver()).For(Write("app.yaml", "a: 1\n"));
        Assert.Equal(Severity.Error, Effective(yaml, "CL1010"));
    }

    [Fact]
    public void ACommandLineDisableWinsOverAnEditorConfigSeverity()
    {
        Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.CL1010.severity = error\n");
        var overrides = new ConfigurationOverrides { Disable = ["CL1010"] };
        var configuration = new ConfigurationResolver(RuleCatalog.Default, overrides, editorConfig: new EditorConfigResolver()).For(Write("Dockerfile", "FROM a\n"));
        Assert.Null(Effective(configuration, "CL1010"));
    }

    [Fact]
    public void TheLintReadsListEveryProbedConfigurationEditorConfigAndDockerIgnore()
    {
        Write("repo/.editorconfig", "root = true\n");
        Write("repo/.containerlint.yaml", "policy: all\n");
        var dockerfile = Write("repo/app/Dockerfile", "FROM a\n");
        var manifest = Write("repo/deploy/app.yaml", "a: 1\n");
        var reads = LintReads.For([dockerfile, manifest], new ConfigurationResolver(RuleCatalog.Default, new ConfigurationOverrides()), new EditorConfigResolver());
        Assert.Equal(
            new[]
            {
                "repo/.containerlint.yaml", "repo/.containerlint.yml", "repo/.editorconfig",
                "repo/app/.containerlint.yaml", "repo/app/.containerlint.yml", "repo/app/.dockerignore", "repo/app/.editorconfig", "repo/app/Dockerfile.dockerignore",
                "repo/deploy/.containerlint.yaml", "repo/deploy/.containerlint.yml", "repo/deploy/.editorconfig",
            }.Select(PathOf).Order(StringComparer.Ordinal),
            reads);
    }
}
