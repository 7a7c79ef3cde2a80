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

    /// <summary>
    /// Messages are made in one pass: each placeholder is filled with its argument, and an argument's own text is never read
    /// as a placeholder (replacing {0}, {1}, … in turn filled a "{1}" inside the first argument with the second; the golden
    /// snapshot held such a message, a URL written with "{1}").
    /// </summary>
    [Theory]
    [InlineData("a {0} b {1}", "x|y", "a x b y")]
    [InlineData("{1}{0}{1} {2}", "x|y", "yxy {2}")]
    [InlineData("{10}{1}{0}", "a|b|c|d|e|f|g|h|i|j|k", "kba")]
    [InlineData("({{ ... }}) {0}", "x", "({{ ... }}) x")]
    [InlineData("{{0}} {1}", "1|z", "{1} z")]
    [InlineData("a {0} b {1}", "{1}|y", "a {1} b y")]
    [InlineData("a {0} b {1}", "{0}|{1}", "a {0} b {1}")]
    [InlineData("a {0} b {1}", "{|}", "a { b }")]
    [InlineData("{0}", "", "")]
    public void PlaceholdersAreFilledInOnePass(string template, string joinedArgs, string expected)
    {
        var rule = RuleCatalog.Parse(
            $"id: CL1999\nname: X\ntitle: t\nmessage: \"{template}\"\ndefaultSeverity: note\nappliesTo: [dockerfile]\nrationale: r\n", "test.yaml");
        Assert.Equal(template, rule.Message);
        Assert.Equal(expected, rule.FormatMessage(joinedArgs.Split('|')));
    }

    [Fact]
    public void ABadSeverityIsRejectedWithTheFileName()
    {
        var ex = Assert.Throws<FormatException>(() =>
            RuleCatalog.Parse("id: CL1999\nname: X\ntitle: t\nmessage: m\ndefaultSeverity: loud\nappliesTo: [dockerfile]\n", "rules/CL1999.yaml"));
        Assert.Contains("rules/CL1999.yaml", ex.Message);
    }
}
