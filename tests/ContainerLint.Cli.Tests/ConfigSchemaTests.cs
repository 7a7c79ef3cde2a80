namespace ContainerLint.Cli.Tests;

using System.Text.RegularExpressions;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Yaml;
using Newtonsoft.Json.Linq;

/// <summary>schemas/containerlint-config.schema.json against the configuration reader, the documentation and <c>containerlint init</c>.</summary>
public sealed partial class ConfigSchemaTests
{
    private static string SchemaPath => Path.Combine(Cli.RepoRoot(), "schemas", "containerlint-config.schema.json");

    private static JsonSchemaValidator Schema() => new(JObject.Parse(File.ReadAllText(SchemaPath)));

    /// <summary>A configuration as editors see it: YAML to JSON (plain true/false to booleans, plain integers to numbers, everything else a string).</summary>
    private static JToken ToJson(string yaml)
    {
        var stream = YamlStream.Load(new Core.Text.SourceText(yaml));
        Assert.Empty(stream.Diagnostics);
        return stream.Documents.Single().Root is { } root ? Convert(root) : JValue.CreateNull();
    }

    private static JToken Convert(YamlNode node) => node switch
    {
        YamlMapping m => new JObject(m.Entries.Select(e => new JProperty(((YamlScalar)e.Key).Value, Convert(e.Value)))),
        YamlSequence s => new JArray(s.Items.Select(Convert)),
        YamlScalar { IsNull: true } => JValue.CreateNull(),
        YamlScalar { IsPlain: true, Value: "true" or "false" } b => new JValue(b.Value == "true"),
        YamlScalar { IsPlain: true } i when long.TryParse(i.Value, out var n) => new JValue(n),
        YamlScalar s => new JValue(s.Value),
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    /// <summary>The keys ConfigurationFile's reader accepts: the arms of its settings switch.</summary>
    private static IReadOnlyList<string> ReaderKeys()
    {
        var source = File.ReadAllText(Path.Combine(Cli.RepoRoot(), "src", "ContainerLint.Core", "Configuration", "ConfigurationFile.cs"));
        var start = source.IndexOf("result = key switch", StringComparison.Ordinal);
        var end = source.IndexOf("_ => throw", start, StringComparison.Ordinal);
        Assert.True(start > 0 && end > start, "the settings switch of ConfigurationFile.Parse moved: update this test to find it");
        return SwitchArm().Matches(source[start..end]).Select(m => m.Groups[1].Value).ToList();
    }

    [GeneratedRegex("^\\s*\"(\\w+)\" =>", RegexOptions.Multiline)]
    private static partial Regex SwitchArm();

    [Fact]
    public void EveryKeyTheReaderAcceptsIsInTheSchema()
    {
        var keys = ReaderKeys();
        Assert.True(keys.Count >= 13, string.Join(", ", keys));
        var properties = ((JObject)JObject.Parse(File.ReadAllText(SchemaPath))["properties"]!).Properties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var missing = keys.Where(k => !properties.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "keys the reader accepts but schemas/containerlint-config.schema.json does not describe: " + string.Join(", ", missing));
    }

    /// <summary>The documented examples: what users copy. Each is accepted by the reader and by the schema.</summary>
    public static TheoryData<string, string> DocumentedConfigurations()
    {
        var data = new TheoryData<string, string>();
        foreach (var doc in new[] { "README.md", "docs/configuration.md", "docs/integrations.md", "src/ContainerLint.MSBuild/README.md" })
        {
            var text = File.ReadAllText(Path.Combine(Cli.RepoRoot(), doc));
            foreach (Match block in YamlBlock().Matches(text))
            {
                if (block.Groups[1].Value.StartsWith("# .containerlint.yaml", StringComparison.Ordinal)) data.Add(doc, block.Groups[1].Value);
            }
        }

        return data;
    }

    [GeneratedRegex("```yaml\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();

    [Fact]
    public void TheDocumentationHasConfigurationExamples() => Assert.NotEmpty(DocumentedConfigurations());

    [Theory]
    [MemberData(nameof(DocumentedConfigurations))]
    public void TheSchemaAcceptsTheDocumentedConfigurations(string doc, string yaml)
    {
        ConfigurationFile.Parse(yaml, doc, RuleCatalog.Default);
        Assert.Empty(Schema().Validate(ToJson(yaml)));
    }

    [Theory]
    [InlineData("polcy: all\n")]
    [InlineData("trustedRegistry: [mcr.microsoft.com]\n")]
    [InlineData("policy: strictest\n")]
    [InlineData("severity:\n  CL1020: loud\n")]
    [InlineData("disable: [CL10]\n")]
    [InlineData("eolReferenceDate: 30/06/2025\n")]
    [InlineData("enforce: [CL10]\n")]
    [InlineData("requireSuppressionReason: sometimes\n")]
    [InlineData("customResources:\n  - apiVersion: x/v1\n    kind: K\n    podTemplte: spec.template\n")]
    public void TheSchemaRejectsWhatTheReaderRejects(string yaml)
    {
        Assert.Throws<ConfigurationException>(() => ConfigurationFile.Parse(yaml, "x.yaml", RuleCatalog.Default));
        Assert.NotEmpty(Schema().Validate(ToJson(yaml)));
    }

    [Fact]
    public void TheSchemaKnowsTheAllowListKeys()
    {
        Assert.Empty(Schema().Validate(ToJson("allowedImages: [registry.example.com/base/*]\nallowedRegistries: [registry.example.com]\n")));
        Assert.NotEmpty(Schema().Validate(ToJson("allowedRegistries: registry.example.com\n")));
    }

    [Fact]
    public void InitWritesAConfigurationTheSchemaAndTheReaderAcceptAndRefusesToOverwriteIt()
    {
        using var dir = new TempDir();
        dir.Write("app/Dockerfile", "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nFROM build AS test\nFROM ${BASE}\nFROM nginx:1.27\n");
        dir.Write("deploy/web.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: ghcr.io/acme/web:1.0\n    - name: proxy\n      image: nginx:1.27\n");
        dir.Write("compose.yaml", "services:\n  db:\n    image: bitnami/postgresql:16\n");
        dir.Write("vendor/lib/Dockerfile", "FROM alpine:3.20\n");

        var init = Cli.RunReal(dir.Path, "init");
        Assert.True(init.ExitCode == 0, init.Stderr);
        var path = Path.Combine(dir.Path, ".containerlint.yaml");
        var text = File.ReadAllText(path);
        Assert.StartsWith("# yaml-language-server: $schema=https://raw.githubusercontent.com/containerlint/containerlint/main/schemas/containerlint-config.schema.json\n", text, StringComparison.Ordinal);
        var file = ConfigurationFile.Parse(text, path, RuleCatalog.Default);
        Assert.Equal("recommended", file.Policy);
        // Most used first: nginx twice (Docker Hub's library), then one each; stages and unresolved variables are not images.
        Assert.Equal(["docker.io/library", "docker.io/bitnami", "ghcr.io", "mcr.microsoft.com"], file.TrustedRegistries);
        Assert.Contains("#   - vendor\n", text, StringComparison.Ordinal);
        Assert.Empty(file.IgnorePaths);
        Assert.Empty(Schema().Validate(ToJson(text)));

        // The repository lints under it (its images come from the listed registries), and it is not overwritten.
        Assert.DoesNotContain("CL1023", Cli.RunReal(dir.Path, "--format", "json", "--policy", "all", "app", "deploy").Stdout, StringComparison.Ordinal);
        File.AppendAllText(path, "# mine\n");
        var again = Cli.RunReal(dir.Path, "init");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains(".containerlint.yaml already exists; use --force to overwrite it", again.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("# mine\n", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(0, Cli.RunReal(dir.Path, "init", "--force").ExitCode);
        Assert.Equal(text, File.ReadAllText(path));
    }
}
