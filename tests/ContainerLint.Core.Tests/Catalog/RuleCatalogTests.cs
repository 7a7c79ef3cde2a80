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
    /// Messages are made in one pass when that gives what replacing {0}, {1}, … in turn gives, and in turn otherwise: the
    /// same text either way (the golden snapshot holds a message whose argument contains "{1}").
    /// </summary>
    [Theory]
    [InlineData("a {0} b {1}", "x|y")]
    [InlineData("{1}{0}{1} {2}", "x|y")]
    [InlineData("{10}{1}{0}", "a|b|c|d|e|f|g|h|i|j|k")]
    [InlineData("({{ ... }}) {0}", "x")]
    [InlineData("{{0}} {1}", "1|z")]
    [InlineData("{01} {0} {", "x")]
    [InlineData("a {0} b {1}", "{1}|y")]
    [InlineData("a {0} b {1}", "{|}")]
    [InlineData("{0}", "")]
    public void MessagesReadAsFillingPlaceholdersInTurn(string template, string joinedArgs)
    {
        var rule = RuleCatalog.Parse(
            $"id: CL1999\nname: X\ntitle: t\nmessage: \"{template}\"\ndefaultSeverity: note\nappliesTo: [dockerfile]\nrationale: r\n", "test.yaml");
        var args = joinedArgs.Split('|');
        var expected = template;
        for (var i = 0; i < args.Length; i++) expected = expected.Replace("{" + i + "}", args[i], StringComparison.Ordinal);
        Assert.Equal(template, rule.Message);
        Assert.Equal(expected, rule.FormatMessage(args));
    }

    [Fact]
    public void ABadSeverityIsRejectedWithTheFileName()
    {
        var ex = Assert.Throws<FormatException>(() =>
            RuleCatalog.Parse("id: CL1999\nname: X\ntitle: t\nmessage: m\ndefaultSeverity: loud\nappliesTo: [dockerfile]\n", "rules/CL1999.yaml"));
        Assert.Contains("rules/CL1999.yaml", ex.Message);
    }
}
