namespace ContainerLint.Core.Tests.Catalog;

using System.Text.RegularExpressions;
using ContainerLint.Core.Catalog;

public sealed class RuleCatalogTests
{
    [Fact]
    public void EveryCatalogEntryHasAWellFormedIdAndMetadata()
    {
        var rules = RuleCatalog.Default.Rules;
        Assert.NotEmpty(rules);
        foreach (var rule in rules)
        {
            Assert.Matches(new Regex("^CL[0-5][0-9]{3}$"), rule.Id);
            Assert.Matches(new Regex("^[A-Z][A-Za-z0-9]+$"), rule.Name);
            Assert.False(string.IsNullOrWhiteSpace(rule.Title), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Message), rule.Id);
            Assert.NotEmpty(rule.AppliesTo);
            Assert.False(string.IsNullOrWhiteSpace(rule.Rationale), rule.Id);
        }
    }

    [Fact]
    public void RuleNamesAreUnique()
    {
        var duplicates = RuleCatalog.Default.Rules.GroupBy(r => r.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void MessageTemplatesAreFilledInOrder()
    {
        var rule = RuleCatalog.Parse(
            "id: CL1999\nname: X\ntitle: t\nmessage: \"a {0} b {1}\"\ndefaultSeverity: note\nappliesTo: [dockerfile]\nrationale: r\n", "test.yaml");
        Assert.Equal("a x b y", rule.FormatMessage(["x", "y"]));
    }

    [Fact]
    public void ABadSeverityIsRejectedWithTheFileName()
    {
        var ex = Assert.Throws<FormatException>(() =>
            RuleCatalog.Parse("id: CL1999\nname: X\ntitle: t\nmessage: m\ndefaultSeverity: loud\nappliesTo: [dockerfile]\n", "rules/CL1999.yaml"));
        Assert.Contains("rules/CL1999.yaml", ex.Message);
    }
}
