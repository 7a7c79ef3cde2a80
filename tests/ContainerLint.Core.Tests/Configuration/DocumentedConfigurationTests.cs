namespace ContainerLint.Core.Tests.Configuration;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;

/// <summary>
/// The example of docs/configuration.md is parsed as a real configuration file and each of its settings changes
/// something (issue #14: it enabled a rule that was already on and disabled one that was already off).
/// </summary>
public sealed class DocumentedConfigurationTests
{
    private static ConfigurationFile Example()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "configuration.md"));
        const string start = "```yaml\n# .containerlint.yaml\n";
        var from = doc.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, "docs/configuration.md has no ```yaml block starting with '# .containerlint.yaml'");
        var body = doc[(from + start.Length)..];
        return ConfigurationFile.Parse(body[..body.IndexOf("```", StringComparison.Ordinal)], "/repo/.containerlint.yaml", RuleCatalog.Default);
    }

    [Fact]
    public void TheExampleDisablesRulesThatAreOnAndEnablesRulesThatAreOff()
    {
        var example = Example();
        var policy = example.Policy ?? Policies.Recommended;
        Assert.NotEmpty(example.Disable);
        Assert.NotEmpty(example.Enable);
        Assert.All(example.Disable, id => Assert.True(RuleSelection.InPolicy(RuleCatalog.Default.Get(id), policy), $"{id} is already off under '{policy}'"));
        Assert.All(example.Enable, id => Assert.False(RuleSelection.InPolicy(RuleCatalog.Default.Get(id), policy), $"{id} is already on under '{policy}'"));
    }

    [Fact]
    public void TheExampleSeveritiesDifferFromTheDefaults()
    {
        var example = Example();
        Assert.NotEmpty(example.Severity);
        Assert.All(example.Severity, p => Assert.True(RuleCatalog.Default.Get(p.Key).DefaultSeverity != p.Value, $"{p.Key}: {p.Value} is already its default"));
    }
}
