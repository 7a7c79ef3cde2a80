namespace ContainerLint.Core.Tests.Catalog;

using System.Collections;
using System.Reflection;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Model;

/// <summary>
/// The built-in catalog is C# generated from rules/*.yaml (RuleCatalog.Generated.cs). These tests prove that file is
/// what the generator writes from today's YAML, and that every rule the YAML reader produces equals the built-in one,
/// property by property (found by reflection, so a property added to RuleMetadata is compared without editing this).
/// </summary>
public sealed class GeneratedCatalogTests
{
    private static readonly string Regenerate = "Regenerate with: " + RuleCatalogSource.RegenerateCommand;

    private static RuleCatalog FromYaml() => RuleCatalog.LoadDirectory(Path.Combine(RepoPaths.Root, "rules"));

    [Fact]
    public void CommittedGeneratedCatalogIsUpToDate()
    {
        var path = Path.Combine(RepoPaths.Root, RuleCatalogSource.GeneratedPath);
        Assert.True(File.Exists(path), $"{RuleCatalogSource.GeneratedPath} is missing. {Regenerate}");
        var expected = RuleCatalogSource.Render(FromYaml());
        // A checkout with CRLF line ends compiles to the same strings (every literal escapes its line breaks).
        var actual = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(expected == actual, $"{RuleCatalogSource.GeneratedPath} is stale: rules/*.yaml changed since it was generated. {Regenerate}");
    }

    [Fact]
    public void EveryRuleOfTheYamlEqualsTheBuiltInOneFieldByField()
    {
        var yaml = FromYaml();
        var builtIn = RuleCatalog.Default;
        Assert.Equal(yaml.Rules.Select(r => r.Id), builtIn.Rules.Select(r => r.Id));
        var problems = yaml.Rules.SelectMany(r => Differences(r, builtIn.Get(r.Id))).ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems) + "\n" + Regenerate);
    }

    public static TheoryData<string, Func<RuleMetadata, RuleMetadata>> Changes => new()
    {
        { "Title", r => r with { Title = r.Title + "!" } },
        { "DefaultSeverity", r => r with { DefaultSeverity = Severity.Note } },
        { "EnabledByDefault", r => r with { EnabledByDefault = false } },
        { "AppliesTo", r => r with { AppliesTo = [.. r.AppliesTo, "compose"] } },
        { "Nist80019", r => r with { Nist80019 = ["4.1.5"] } },
        { "Pss", r => r with { Pss = new PssMapping("baseline", "privileged") } },
        { "SupersededBy", r => r with { SupersededBy = "CL2002" } },
        { "Equivalents", r => r with { Equivalents = new Dictionary<string, string> { ["trivy"] = "DS-0032", ["dockle"] = "CIS-DI-0010" } } },
        { "GoodExample", r => r with { GoodExample = r.GoodExample + "\n" } },
        { "ExampleLanguage", r => r with { ExampleLanguage = "yaml" } },
    };

    /// <summary>The comparison itself can fail: each changed property of a real rule is reported by name.</summary>
    [Theory]
    [MemberData(nameof(Changes))]
    public void TheComparisonReportsAChangedProperty(string property, Func<RuleMetadata, RuleMetadata> change)
    {
        var rule = RuleCatalog.Default.Get("CL1001");
        Assert.Empty(Differences(rule, rule with { }));
        var difference = Assert.Single(Differences(rule, change(rule)));
        Assert.StartsWith($"CL1001.{property}:", difference);
    }

    [Fact]
    public void EquivalentsInAnotherOrderAreEqual()
    {
        var rule = RuleCatalog.Default.Get("CL1001");
        var reordered = rule with { Equivalents = rule.Equivalents.Reverse().ToDictionary(e => e.Key, e => e.Value) };
        Assert.Empty(Differences(rule, reordered));
    }

    public static TheoryData<string, string> Literals => new()
    {
        { "plain", "\"plain\"" },
        { "a \"quoted\" \\path\\", "\"a \\\"quoted\\\" \\\\path\\\\\"" },
        { "line\nbreak\r\ttab", "\"line\\nbreak\\r\\ttab\"" },
        { "next\u0085line\u2028sep\u2029para\u0001", "\"next\\u0085line\\u2028sep\\u2029para\\u0001\"" },
        { "em — dash, emoji \U0001F512", "\"em — dash, emoji \U0001F512\"" },
    };

    [Theory]
    [MemberData(nameof(Literals))]
    public void StringsBecomeCSharpLiterals(string value, string literal) => Assert.Equal(literal, RuleCatalogSource.Literal(value));

    // Built here, not in theory data: xunit's serialisation of a lone surrogate would replace it before the test sees it.
    [Fact]
    public void ALoneSurrogateIsEscaped() =>
        Assert.Equal("\"lone \\ud800 high, lone \\udc00 low\"", RuleCatalogSource.Literal("lone " + (char)0xd800 + " high, lone " + (char)0xdc00 + " low"));

    [Fact]
    public void RenderWritesOnlyWhatDiffersFromTheDefaults()
    {
        var rule = RuleCatalog.Parse(
            "id: CL1999\nname: X\ntitle: t\nmessage: \"m {0}\"\ndefaultSeverity: note\nappliesTo: [dockerfile]\nrationale: r\nsupersededBy: CL1998\n" +
            "equivalents: {trivy: DS-0001, hadolint: [DL3002, DL3003]}\n", "CL1999.yaml");
        var source = RuleCatalogSource.Render(new RuleCatalog([rule]));
        var expected = string.Join("\n", new[]
        {
            "        Id = \"CL1999\",",
            "        Name = \"X\",",
            "        Title = \"t\",",
            "        Message = \"m {0}\",",
            "        DefaultSeverity = Severity.Note,",
            "        AppliesTo = [\"dockerfile\"],",
            "        SupersededBy = \"CL1998\",",
            "        Equivalents = new Dictionary<string, string> { [\"hadolint\"] = \"DL3002, DL3003\", [\"trivy\"] = \"DS-0001\" },",
            "        Rationale = \"r\",",
            "    };",
        });
        Assert.Contains(expected, source);
        Assert.DoesNotContain("EnabledByDefault", source);
        Assert.DoesNotContain("ExampleLanguage", source);
    }

    [Fact]
    public void LoadDirectoryRejectsTwoFilesWithOneIdNamingBoth()
    {
        var dir = Directory.CreateTempSubdirectory("cl-catalog-");
        try
        {
            const string Yaml = "id: CL1999\nname: X\ntitle: t\nmessage: m\ndefaultSeverity: note\nappliesTo: [dockerfile]\n";
            File.WriteAllText(Path.Combine(dir.FullName, "CL1999.yaml"), Yaml);
            File.WriteAllText(Path.Combine(dir.FullName, "CL1998.yaml"), Yaml);
            var ex = Assert.Throws<FormatException>(() => RuleCatalog.LoadDirectory(dir.FullName));
            Assert.Equal("rules/CL1999.yaml: id CL1999 is also used by rules/CL1998.yaml", ex.Message);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void BadYamlIsAFormatExceptionNamingTheFile()
    {
        var ex = Assert.Throws<FormatException>(() => RuleCatalog.Parse("id: CL1999\nid: CL1998\n", "rules/CL1999.yaml"));
        Assert.StartsWith("rules/CL1999.yaml: ", ex.Message);
    }

    private static IEnumerable<string> Differences(RuleMetadata expected, RuleMetadata actual)
    {
        foreach (var property in typeof(RuleMetadata).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var a = Describe(property.GetValue(expected));
            var b = Describe(property.GetValue(actual));
            if (a != b) yield return $"{expected.Id}.{property.Name}: YAML {a}, built-in {b}";
        }
    }

    /// <summary>A value as text: lists in order, dictionaries sorted by key, records by their own ToString.</summary>
    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        IEnumerable<KeyValuePair<string, string>> map => "{" + string.Join(", ", map.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={e.Value}")) + "}",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Describe)) + "]",
        _ => value.ToString() ?? "",
    };
}
