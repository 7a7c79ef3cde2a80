namespace ContainerLint.Core.Catalog;

using System.Collections.Frozen;
using ContainerLint.Core.Model;
using YamlDotNet.RepresentationModel;

/// <summary>
/// The rule catalog, read from the rules/*.yaml files embedded in this assembly. Parsed with
/// YamlDotNet's representation model (no type activation) the first time it is needed.
/// </summary>
public sealed class RuleCatalog
{
    public const string HelpBaseUri = "https://github.com/containerlint/containerlint/blob/main/rules/docs/";

    private static readonly Lazy<RuleCatalog> BuiltIn = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, RuleMetadata> _byId;

    public RuleCatalog(IEnumerable<RuleMetadata> rules)
    {
        Rules = rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        _byId = Rules.ToFrozenDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The catalog shipped with ContainerLint.</summary>
    public static RuleCatalog Default => BuiltIn.Value;

    /// <summary>All rules ordered by id.</summary>
    public IReadOnlyList<RuleMetadata> Rules { get; }

    public RuleMetadata? Find(string id) => _byId.GetValueOrDefault(id);

    public RuleMetadata Get(string id) =>
        _byId.TryGetValue(id, out var rule) ? rule : throw new KeyNotFoundException($"Rule {id} is not in the catalog (rules/{id}.yaml).");

    private static RuleCatalog LoadEmbedded()
    {
        var assembly = typeof(RuleCatalog).Assembly;
        var rules = new List<RuleMetadata>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith("rules/", StringComparison.Ordinal) || !name.EndsWith(".yaml", StringComparison.Ordinal)) continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            rules.Add(Parse(reader.ReadToEnd(), name));
        }

        return new RuleCatalog(rules);
    }

    /// <summary>Parses one catalog file. Throws <see cref="FormatException"/> naming the file on a bad entry.</summary>
    public static RuleMetadata Parse(string yaml, string sourceName)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new FormatException($"{sourceName}: expected one YAML mapping");
        }

        string Req(string key) => Str(root, key) ?? throw new FormatException($"{sourceName}: missing '{key}'");

        var severityText = Req("defaultSeverity");
        if (!SeverityNames.TryParse(severityText, out var severity) || severity == Severity.None)
        {
            throw new FormatException($"{sourceName}: bad defaultSeverity '{severityText}'");
        }

        PssMapping? pss = null;
        if (root.Children.TryGetValue(new YamlScalarNode("pss"), out var pssNode) && pssNode is YamlMappingNode pssMap)
        {
            pss = new PssMapping(Str(pssMap, "level") ?? "", Str(pssMap, "check") ?? "");
        }

        var equivalents = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (root.Children.TryGetValue(new YamlScalarNode("equivalents"), out var eqNode) && eqNode is YamlMappingNode eqMap)
        {
            foreach (var (k, v) in eqMap.Children)
            {
                equivalents[((YamlScalarNode)k).Value ?? ""] = v is YamlSequenceNode seq
                    ? string.Join(", ", seq.Children.Select(c => ((YamlScalarNode)c).Value))
                    : ((YamlScalarNode)v).Value ?? "";
            }
        }

        var examples = root.Children.TryGetValue(new YamlScalarNode("examples"), out var exNode) ? exNode as YamlMappingNode : null;
        var id = Req("id");
        return new RuleMetadata
        {
            Id = id,
            Name = Req("name"),
            Title = Req("title"),
            Message = Req("message"),
            DefaultSeverity = severity,
            AppliesTo = List(root, "appliesTo"),
            EnabledByDefault = Str(root, "enabledByDefault") is not { } e || !e.Equals("false", StringComparison.OrdinalIgnoreCase),
            Nist80019 = List(root, "nist80019"),
            CisDocker = List(root, "cisDocker"),
            CisKubernetes = List(root, "cisKubernetes"),
            Pss = pss,
            SupersededBy = Str(root, "supersededBy") is { Length: > 0 } by ? by : null,
            Equivalents = equivalents,
            Rationale = Str(root, "rationale")?.Trim() ?? "",
            Fix = Str(root, "fix")?.Trim() ?? "",
            BadExample = examples is null ? "" : Str(examples, "bad") ?? "",
            GoodExample = examples is null ? "" : Str(examples, "good") ?? "",
            ExampleLanguage = (examples is null ? null : Str(examples, "language")) ?? "dockerfile",
        };
    }

    private static string? Str(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;

    private static IReadOnlyList<string> List(YamlMappingNode map, string key)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node)) return [];
        return node switch
        {
            YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0).ToArray(),
            YamlScalarNode { Value: { Length: > 0 } v } => [v],
            _ => [],
        };
    }
}
