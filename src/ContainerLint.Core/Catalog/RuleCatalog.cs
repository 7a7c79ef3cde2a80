namespace ContainerLint.Core.Catalog;

using ContainerLint.Core.Model;

/// <summary>
/// The rule catalog. rules/*.yaml is its one source; the built-in catalog (<see cref="Default"/>) is C# generated
/// from those files (RuleCatalog.Generated.cs, written by <c>containerlint rules --write-catalog</c>), so start-up
/// parses no YAML. <see cref="Parse"/> and <see cref="LoadDirectory"/> read the YAML itself: the generator and the
/// tests that prove the generated catalog equals the YAML use them.
/// </summary>
public sealed partial class RuleCatalog
{
    public const string HelpBaseUri = "https://github.com/containerlint/containerlint/blob/main/rules/docs/";

    private static readonly Lazy<RuleCatalog> BuiltIn = new(() => new RuleCatalog(CreateBuiltInRules()), LazyThreadSafetyMode.ExecutionAndPublication);

    // A plain Dictionary, not a FrozenDictionary: freezing 174 ids case-insensitively cost ~13 ms of cold start-up
    // (key analysis and generic code that ReadyToRun does not pregenerate) to save nanoseconds per lookup.
    private readonly Dictionary<string, RuleMetadata> _byId;

    public RuleCatalog(IEnumerable<RuleMetadata> rules)
    {
        var sorted = rules.ToArray();
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        Rules = sorted;
        _byId = new Dictionary<string, RuleMetadata>(sorted.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var rule in sorted) _byId[rule.Id] = rule;
    }

    /// <summary>The catalog shipped with ContainerLint.</summary>
    public static RuleCatalog Default => BuiltIn.Value;

    /// <summary>All rules ordered by id.</summary>
    public IReadOnlyList<RuleMetadata> Rules { get; }

    public RuleMetadata? Find(string id) => _byId.GetValueOrDefault(id);

    public RuleMetadata Get(string id) =>
        _byId.TryGetValue(id, out var rule) ? rule : throw new KeyNotFoundException($"Rule {id} is not in the catalog (rules/{id}.yaml).");

    /// <summary>
    /// Reads every <c>*.yaml</c> file of a folder (the repository's rules/) with <see cref="Parse"/>.
    /// Throws <see cref="FormatException"/> naming the file on a bad entry, and on two files with the same id.
    /// </summary>
    public static RuleCatalog LoadDirectory(string directory)
    {
        var rules = new List<RuleMetadata>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var name = "rules/" + Path.GetFileName(path);
            var rule = Parse(File.ReadAllText(path), name);
            if (!seen.TryAdd(rule.Id, name)) throw new FormatException($"{name}: id {rule.Id} is also used by {seen[rule.Id]}");
            rules.Add(rule);
        }

        return new RuleCatalog(rules);
    }

    /// <summary>Parses one catalog file. Throws <see cref="FormatException"/> naming the file on a bad entry.</summary>
    public static RuleMetadata Parse(string yaml, string sourceName)
    {
        try
        {
            return ParseUnchecked(yaml, sourceName);
        }
        catch (Exception ex) when (ex is YamlDotNet.Core.YamlException or InvalidCastException)
        {
            // Bad YAML, or a list where a scalar belongs (equivalents): name the file, as for a missing field.
            throw new FormatException($"{sourceName}: {ex.Message}", ex);
        }
    }

    private static RuleMetadata ParseUnchecked(string yaml, string sourceName)
    {
        // YamlDotNet's Parser events into plain dictionaries and lists (the representation model is not needed).
        var documents = CatalogYaml.Load(yaml);
        if (documents.Count != 1 || documents[0] is not Dictionary<string, object> root)
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
        if (root.TryGetValue("pss", out var pssNode) && pssNode is Dictionary<string, object> pssMap)
        {
            pss = new PssMapping(Str(pssMap, "level") ?? "", Str(pssMap, "check") ?? "");
        }

        var equivalents = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetValue("equivalents", out var eqNode) && eqNode is Dictionary<string, object> eqMap)
        {
            foreach (var (k, v) in eqMap)
            {
                equivalents[k] = v is List<object> seq
                    ? string.Join(", ", seq.Select(c => (string)c))
                    : (string)v;
            }
        }

        var examples = root.TryGetValue("examples", out var exNode) ? exNode as Dictionary<string, object> : null;
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
            CrossFile = Str(root, "crossFile") is { } cf && cf.Equals("true", StringComparison.OrdinalIgnoreCase),
            Equivalents = equivalents,
            Rationale = Str(root, "rationale")?.Trim() ?? "",
            Fix = Str(root, "fix")?.Trim() ?? "",
            BadExample = examples is null ? "" : Str(examples, "bad") ?? "",
            GoodExample = examples is null ? "" : Str(examples, "good") ?? "",
            ExampleLanguage = (examples is null ? null : Str(examples, "language")) ?? "dockerfile",
        };
    }

    private static string? Str(Dictionary<string, object> map, string key) =>
        map.TryGetValue(key, out var node) ? node as string : null;

    private static IReadOnlyList<string> List(Dictionary<string, object> map, string key)
    {
        if (!map.TryGetValue(key, out var node)) return [];
        return node switch
        {
            List<object> seq => seq.OfType<string>().Where(s => s.Length > 0).ToArray(),
            string { Length: > 0 } v => [v],
            _ => [],
        };
    }
}
