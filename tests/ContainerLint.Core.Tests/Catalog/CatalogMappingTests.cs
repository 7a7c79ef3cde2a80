namespace ContainerLint.Core.Tests.Catalog;

using ContainerLint.Core.CrossFile;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Dockerfile.Context;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Images;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>
/// Checks every catalog entry's mappings against the pinned id schemes (DESIGN.md, "Rules JSON")
/// and against the anchor reference's ids (tests/data/anchors, extracted from anchor-rules.md): NIST SP 800-190
/// countermeasure sections, CIS Docker v1.6.0 and CIS Kubernetes v1.10 ids, PSS check names,
/// the union table's per-concern ids, and equivalents that name real anchor rules. Then lints
/// each rule's own bad and good example through the real engine.
/// </summary>
public sealed class CatalogMappingTests
{
    // NIST SP 800-190 section 4 (countermeasures): 4.1.1-4.1.5, 4.2.1-4.2.3, 4.3.1-4.3.5, 4.4.1-4.4.5, 4.5.1-4.5.5, 4.6.
    private static readonly FrozenSet<string> NistSections =
        Range("4.1.", 1, 5).Concat(Range("4.2.", 1, 3)).Concat(Range("4.3.", 1, 5)).Concat(Range("4.4.", 1, 5)).Concat(Range("4.5.", 1, 5))
            .Append("4.6").ToFrozenSet(StringComparer.Ordinal);

    // CIS Docker Benchmark v1.6.0: sections 1-7 exist, but only 4 (images and build file) and 5 (container runtime)
    // are about what a Dockerfile, manifest or Compose file declares; sections 1-3 and 6-7 are host, daemon and
    // swarm configuration that no input of ContainerLint describes, so an id from them would be a wrong mapping.
    private static readonly FrozenSet<string> CisDockerIds =
        Range("4.", 1, 12).Concat(Range("5.", 1, 32)).ToFrozenSet(StringComparer.Ordinal);

    // CIS Kubernetes Benchmark v1.10 (kube-bench cis-1.10) section 5 policies.
    private static readonly FrozenSet<string> CisKubernetesIds =
        Range("5.1.", 1, 13).Concat(Range("5.2.", 1, 13)).Concat(Range("5.3.", 1, 2)).Concat(Range("5.4.", 1, 2))
            .Append("5.5.1").Concat(Range("5.7.", 1, 4)).ToFrozenSet(StringComparer.Ordinal);

    // Pod Security Standards checks of the reference implementation, with their level.
    private static readonly FrozenDictionary<string, string> PssChecks = new Dictionary<string, string>
    {
        ["privileged"] = "baseline", ["hostNamespaces"] = "baseline", ["hostPathVolumes"] = "baseline", ["hostPorts"] = "baseline",
        ["capabilities_baseline"] = "baseline", ["appArmorProfile"] = "baseline", ["seLinuxOptions"] = "baseline", ["procMount"] = "baseline",
        ["seccompProfile_baseline"] = "baseline", ["sysctls"] = "baseline", ["windowsHostProcess"] = "baseline",
        ["hostProbesAndHostLifecycle"] = "baseline",
        ["restrictedVolumes"] = "restricted", ["allowPrivilegeEscalation"] = "restricted", ["runAsNonRoot"] = "restricted",
        ["runAsUser"] = "restricted", ["seccompProfile_restricted"] = "restricted", ["capabilities_restricted"] = "restricted",
        ["procMount_restricted"] = "restricted",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Tools an equivalent may name, and the id shape of those whose ids have one.
    private static readonly FrozenDictionary<string, Regex?> EquivalentTools = new Dictionary<string, Regex?>
    {
        ["hadolint"] = new(@"^DL\d{4}$"),
        ["trivy"] = new(@"^(DS-\d{4}|KSV-\d{4,5})$"),
        ["checkov"] = new(@"^CKV2?_(DOCKER|K8S)_\d+$"),
        ["dockle"] = new(@"^(CIS-DI-\d{4}|DKL-(DI|LI)-\d{4})$"),
        ["kube-linter"] = null, ["buildkit"] = null, ["kubesec"] = null, ["kube-score"] = null, ["polaris"] = null, ["kubeaudit"] = null,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The union-table rows (section 9 of anchor-rules.md) each rule implements. A row's CIS Docker and NIST ids
    /// must be on the rule, and its CIS Kubernetes ids too when the rule lints Kubernetes manifests (a CIS
    /// Kubernetes id on a Dockerfile, Compose or SDK rule would pull it into the cis-kubernetes policy for input
    /// that benchmark does not cover). <c>NotApplicable</c> names ids of a row that belong to a sibling rule
    /// splitting the concern (e.g. memory vs CPU). Rules absent from this map (new ones) are matched to rows
    /// through their equivalents instead.
    /// </summary>
    private static readonly FrozenDictionary<string, Concern[]> ConcernsByRule = new Dictionary<string, Concern[]>
    {
        ["CL1001"] = [new("C2")], ["CL1002"] = [new("C2")], ["CL1003"] = [new("C1")], ["CL1004"] = [new("C1")],
        ["CL1005"] = [new("C1")], ["CL1006"] = [new("C3")], ["CL1007"] = [new("E5")], ["CL1008"] = [new("B6")],
        // BuildKit CopyIgnoredFile shares E5 (the build context and its .dockerignore) but copies nothing secret.
        ["CL1081"] = [new("E5", "4.10", "4.1.4")],
        ["CL1010"] = [new("B1")], ["CL1011"] = [new("B2")], ["CL1012"] = [new("B3")], ["CL1013"] = [new("B4")],
        ["CL1014"] = [new("B5")], ["CL1015"] = [new("B8")], ["CL1016"] = [new("B7")],
        ["CL1020"] = [new("A2")], ["CL1021"] = [new("A1")], ["CL1022"] = [new("A3")], ["CL1023"] = [new("A4")],
        ["CL1024"] = [new("A5")], ["CL1025"] = [new("A6")], ["CL1026"] = [new("A7")], ["CL1027"] = [new("A8")],
        ["CL1028"] = [new("A9")],
        ["CL1030"] = [new("D1")], ["CL1031"] = [new("D2")], ["CL1032"] = [new("D3")], ["CL1033"] = [new("D4")],
        ["CL1034"] = [new("D5")], ["CL1035"] = [new("D6")], ["CL1036"] = [new("D7")], ["CL1037"] = [new("D8")],
        ["CL1038"] = [new("D9")], ["CL1039"] = [new("D10")], ["CL1040"] = [new("D2")],
        ["CL1041"] = [new("E1")], ["CL1042"] = [new("E2")], ["CL1043"] = [new("E3")], ["CL1044"] = [new("E4")],
        ["CL1045"] = [new("E6")], ["CL1046"] = [new("E7")], ["CL1047"] = [new("E7")],
        ["CL1050"] = [new("F1")], ["CL1051"] = [new("F1")], ["CL1052"] = [new("F2")], ["CL1053"] = [new("F3")],
        ["CL1054"] = [new("F4")], ["CL1055"] = [new("F5")], ["CL1056"] = [new("F8")], ["CL1057"] = [new("F8")],
        ["CL1058"] = [new("F6")], ["CL1059"] = [new("F7")], ["CL1060"] = [new("F9")], ["CL1061"] = [new("F9")],
        ["CL1062"] = [new("G1")], ["CL1063"] = [new("G2")], ["CL1064"] = [new("G3")], ["CL1065"] = [new("G4")],
        ["CL1066"] = [new("G5")], ["CL1067"] = [new("G5")], ["CL1068"] = [new("G6")], ["CL1069"] = [new("G6")],
        ["CL1070"] = [new("G7")], ["CL1071"] = [new("G8")], ["CL1072"] = [new("G9")], ["CL1073"] = [new("G9")],
        ["CL1074"] = [new("G10")], ["CL1075"] = [], ["CL1076"] = [new("G11")], ["CL1077"] = [new("G11")],

        ["CL2001"] = [new("K1")], ["CL2002"] = [new("K6"), new("K7"), new("K8")], ["CL2003"] = [new("K10")], ["CL2004"] = [new("K9")],
        ["CL2005"] = [new("K13"), new("K15")], ["CL2006"] = [new("K18")], ["CL2007"] = [new("K19")], ["CL2008"] = [new("K20")],
        ["CL2009"] = [new("K17")], ["CL2010"] = [new("K21")], ["CL2011"] = [new("K23")], ["CL2012"] = [],
        ["CL2013"] = [new("K22")], ["CL2014"] = [new("K2")], ["CL2015"] = [new("K3")], ["CL2016"] = [new("K4")],
        ["CL2017"] = [new("K17")], ["CL2018"] = [new("K12"), new("K13")], ["CL2019"] = [new("K20")],
        ["CL2101"] = [new("K16")], ["CL2102"] = [new("K26", "5.12")], ["CL2103"] = [new("K26", "5.11")],
        ["CL2104"] = [new("K26", "5.12")], ["CL2105"] = [new("K26", "5.11")], ["CL2106"] = [new("K28")], ["CL2107"] = [new("K29")],
        ["CL2108"] = [new("K31")], ["CL2109"] = [new("K33")], ["CL2110"] = [new("K34")], ["CL2111"] = [new("K35")],
        ["CL2112"] = [new("K37")], ["CL2113"] = [new("K36")], ["CL2114"] = [new("K11")], ["CL2115"] = [new("K10")],
        ["CL2116"] = [new("K14")], ["CL2117"] = [new("K25")], ["CL2118"] = [new("K40")], ["CL2119"] = [new("K30")],
        ["CL2120"] = [new("K32")], ["CL2121"] = [new("F1")], ["CL2122"] = [new("F3")],
        ["CL2201"] = [new("R3")], ["CL2202"] = [new("R1")], ["CL2203"] = [new("R5")], ["CL2204"] = [new("R2")],
        ["CL2205"] = [new("R4")], ["CL2206"] = [new("R8")], ["CL2207"] = [new("R7")], ["CL2208"] = [new("R9")],
        ["CL2209"] = [new("R10")], ["CL2210"] = [new("R11")], ["CL2211"] = [new("R12")], ["CL2212"] = [new("R6")],
        ["CL2301"] = [new("K39")], ["CL2302"] = [new("K38")],
        ["CL2127"] = [], ["CL2128"] = [new("K37")], ["CL2129"] = [new("K41")], ["CL2130"] = [new("K41")], ["CL2131"] = [new("K4")],
        ["CL2132"] = [new("K18")], ["CL2133"] = [new("K32")], ["CL2134"] = [new("K35", "5.7.4")], ["CL2213"] = [new("R2")], ["CL2214"] = [new("R13")],

        // Compose: the runtime rows of the Kubernetes table carry the CIS Docker section 5 id of each concern.
        ["CL3001"] = [new("K1")], ["CL3002"] = [new("K6"), new("K7"), new("K8"), new("K24")], ["CL3003"] = [new("K13")],
        ["CL3004"] = [new("K12")], ["CL3005"] = [new("K11")], ["CL3006"] = [new("K10")],
        ["CL3007"] = [new("K17"), new("K18"), new("K19")], ["CL3008"] = [new("K2")], ["CL3009"] = [new("K16")],
        ["CL3010"] = [new("B1")], ["CL3011"] = [new("K26", "5.12")], ["CL3012"] = [new("K27")], ["CL3013"] = [new("K9")],
        ["CL3014"] = [new("A2")], ["CL3015"] = [new("K37")],

        ["CL4001"] = [new("A1"), new("A2")], ["CL4002"] = [new("A3")], ["CL4003"] = [new("A4")], ["CL4004"] = [new("A5")],
        ["CL4005"] = [new("B2")], ["CL4006"] = [new("B1")], ["CL4007"] = [new("X3")], ["CL4008"] = [new("X3")],
        ["CL4009"] = [new("F1")], ["CL4010"] = [new("F3")], ["CL4011"] = [new("X4", "5.7", "5.8", "4.1.2")], ["CL4012"] = [],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Rules whose examples are not lintable input, each with the reason.</summary>
    private static readonly FrozenDictionary<string, string> ExampleExemptions = new Dictionary<string, string>
    {
        ["CL0001"] = "an unreadable file is a file-system state (chmod 000), not text",
        ["CL0009"] = "binary content (NUL bytes) is not expressible in a YAML text example",
        ["CL0013"] = "invalid UTF-8 bytes are not expressible in a YAML text example",
        ["CL0099"] = "an internal error is a bug in a rule; no input is meant to produce it",
        ["CL0018"] = "it lands on a nested .containerlint.yaml, .editorconfig or project file, none of which is a linted input (PolicyTests, MSBuildPolicyTests)",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Rules whose message template ends with an argument that carries both the defect and the advice.</summary>
    private static readonly FrozenDictionary<string, string> AdviceFromArguments = new Dictionary<string, string>
    {
        ["CL1027"] = "the argument is 'is the default already; remove the flag' or 'pins the stage to one platform; use $BUILDPLATFORM …'",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Configuration an example needs to be judged: the rule is silent without it, or depends on the date.</summary>
    private static readonly FrozenDictionary<string, LintConfiguration> ExampleConfigurations = new Dictionary<string, LintConfiguration>
    {
        ["CL0019"] = LintConfiguration.Default with
        {
            Enforced = new Dictionary<string, Severity> { ["CL1020"] = Severity.Warning }.ToFrozenDictionary(StringComparer.Ordinal),
            EnforcedBy = ".containerlint.yaml",
        },
        ["CL0020"] = LintConfiguration.Default with { RequireSuppressionReason = true },
        ["CL1023"] = LintConfiguration.Default with { TrustedRegistries = ["mcr.microsoft.com"] },
        ["CL2108"] = LintConfiguration.Default with { TrustedRegistries = ["registry.example.com"] },
        ["CL2130"] = LintConfiguration.Default with { KubernetesVersion = new Core.Kubernetes.KubernetesVersion(1, 24) },
        ["CL4003"] = LintConfiguration.Default with { TrustedRegistries = ["mcr.microsoft.com"] },
        ["CL1084"] = LintConfiguration.Default with { AllowedImages = new([AllowedImagePattern.TryParse("mcr.microsoft.com/dotnet/*", out _)!], []) },
        ["CL2135"] = LintConfiguration.Default with { AllowedImages = new([], [AllowedRegistry.TryParse("registry.example.com", out _)!]) },
        ["CL3016"] = LintConfiguration.Default with { AllowedImages = new([AllowedImagePattern.TryParse("docker.io/library/postgres:16*", out _)!], []) },
        ["CL4013"] = LintConfiguration.Default with { AllowedImages = new([AllowedImagePattern.TryParse("mcr.microsoft.com/dotnet/*", out _)!], []) },
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly LintEngine Engine = LintEngine.CreateDefault();

    private static readonly Lazy<AnchorReference> Reference = new(AnchorReference.Load);

    public static TheoryData<string> RuleIds => [.. RuleCatalog.Default.Rules.Select(r => r.Id)];

    public static TheoryData<string> PssCheckNames => [.. PssChecks.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void NistIdsAreCountermeasureSections(string id)
    {
        var rule = RuleCatalog.Default.Get(id);
        var bad = rule.Nist80019.Where(n => !NistSections.Contains(n)).ToArray();
        Assert.True(bad.Length == 0, $"{id}: nist80019 {Quote(bad)} is not a NIST SP 800-190 countermeasure section (4.1.1-4.6)");
        Assert.True(id.StartsWith("CL0", StringComparison.Ordinal) || rule.Nist80019.Count > 0, $"{id}: has no nist80019 section");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void CisIdsAreBenchmarkRecommendations(string id)
    {
        var rule = RuleCatalog.Default.Get(id);
        var badDocker = rule.CisDocker.Where(c => !CisDockerIds.Contains(c)).ToArray();
        Assert.True(badDocker.Length == 0, $"{id}: cisDocker {Quote(badDocker)} is not a CIS Docker v1.6.0 section 4/5 recommendation");
        var badKube = rule.CisKubernetes.Where(c => !CisKubernetesIds.Contains(c)).ToArray();
        Assert.True(badKube.Length == 0, $"{id}: cisKubernetes {Quote(badKube)} is not a CIS Kubernetes v1.10 recommendation");
        Assert.True(rule.CisDocker.Distinct().Count() == rule.CisDocker.Count && rule.CisKubernetes.Distinct().Count() == rule.CisKubernetes.Count
            && rule.Nist80019.Distinct().Count() == rule.Nist80019.Count, $"{id}: an id is listed twice");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void PssMappingNamesAReferenceCheckAtItsLevel(string id)
    {
        if (RuleCatalog.Default.Get(id).Pss is not { } pss) return;
        Assert.True(PssChecks.TryGetValue(pss.Check, out var level), $"{id}: pss.check '{pss.Check}' is not a check of the PSS reference implementation");
        Assert.True(level == pss.Level, $"{id}: pss check '{pss.Check}' is level '{level}', not '{pss.Level}'");
        Assert.True(id.StartsWith("CL2", StringComparison.Ordinal), $"{id}: a pss mapping on a rule that does not lint Kubernetes pods");
    }

    [Theory]
    [MemberData(nameof(PssCheckNames))]
    public void EveryPssCheckIsImplementedByExactlyOneRule(string check)
    {
        var rules = RuleCatalog.Default.Rules.Where(r => r.Pss?.Check == check).Select(r => r.Id).ToArray();
        Assert.True(rules.Length == 1, $"PSS check '{check}' is implemented by {rules.Length} rules ({string.Join(", ", rules)}); expected exactly one");
    }

    /// <summary>The union rows some rule implements (by the concern map, else by its equivalents), as <see cref="RulesCarryTheIdsOfTheirUnionConcerns"/> reads them.</summary>
    private static HashSet<string> CoveredUnionRows()
    {
        var union = Reference.Value.Union;
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in RuleCatalog.Default.Rules.Where(r => !r.Id.StartsWith("CL0", StringComparison.Ordinal)))
        {
            if (ConcernsByRule.TryGetValue(rule.Id, out var mapped))
            {
                covered.UnionWith(mapped.Select(c => c.Row));
                continue;
            }

            var equivalents = rule.Equivalents.Values.SelectMany(SplitIds).ToHashSet(StringComparer.Ordinal);
            covered.UnionWith(union.Values.Where(r => r.AnchorIds.Overlaps(equivalents)).Select(r => r.Row));
        }

        // The cross-input rows (X*) name a concern other rows already carry the ids of; these rules implement them.
        foreach (var (row, rules) in CrossInputRows)
        {
            if (rules.All(r => RuleCatalog.Default.Find(r) is not null)) covered.Add(row);
        }

        covered.IntersectWith(union.Keys);
        return covered;
    }

    /// <summary>The union table's cross-input rows and the rules that implement each (their ids sit on the A/B/K/F rows).</summary>
    private static readonly (string Row, string[] Rules)[] CrossInputRows =
    [
        ("X1", ["CL4001"]), ("X2", ["CL4005", "CL5002"]), ("X5", ["CL5001", "CL5002"]), ("X6", ["CL5003"]),
        ("X8", ["CL3001", "CL3002", "CL3004", "CL3013"]),
    ];

    /// <summary>The README's coverage claim is the catalog's: "N of M rows of the anchors' union table".</summary>
    [Fact]
    public void TheReadmeStatesTheUnionTableCoverageTheCatalogHas()
    {
        var covered = CoveredUnionRows().Count;
        var total = Reference.Value.Union.Count;
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var claim = $"{covered} of the {total} rows";
        Assert.True(readme.Contains(claim, StringComparison.Ordinal), $"README.md should say '{claim}' of the anchors' union table (rows not covered: {string.Join(", ", Reference.Value.Union.Keys.Except(CoveredUnionRows()).Order(StringComparer.Ordinal))})");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContainerLint.sln"))) return dir.FullName;
        }

        throw new DirectoryNotFoundException("ContainerLint.sln not found above the test binaries");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RulesCarryTheIdsOfTheirUnionConcerns(string id)
    {
        var rule = RuleCatalog.Default.Get(id);
        if (id.StartsWith("CL0", StringComparison.Ordinal)) return;
        var union = Reference.Value.Union;
        Concern[] concerns;
        if (ConcernsByRule.TryGetValue(id, out var mapped))
        {
            concerns = mapped;
        }
        else
        {
            // A rule not in the map yet: every row whose anchor columns name one of its equivalents.
            var equivalents = rule.Equivalents.Values.SelectMany(SplitIds).ToHashSet(StringComparer.Ordinal);
            concerns = union.Values.Where(r => r.AnchorIds.Overlaps(equivalents)).Select(r => new Concern(r.Row)).ToArray();
        }

        var lintsKubernetes = rule.AppliesTo.Contains("kubernetes");
        var missing = new List<string>();
        foreach (var concern in concerns)
        {
            Assert.True(union.TryGetValue(concern.Row, out var row), $"{id}: union row {concern.Row} is not in the union table (tests/data/anchors/union.tsv)");
            var notApplicable = concern.NotApplicable.Where(n => !row.AllIds.Contains(n)).ToArray();
            Assert.True(notApplicable.Length == 0, $"{id}: {Quote(notApplicable)} marked not applicable but not in union row {row.Row}");
            missing.AddRange(row.CisDocker.Except(rule.CisDocker).Except(concern.NotApplicable).Select(c => $"cisDocker {c} ({row.Row})"));
            if (lintsKubernetes) missing.AddRange(row.CisKubernetes.Except(rule.CisKubernetes).Except(concern.NotApplicable).Select(c => $"cisKubernetes {c} ({row.Row})"));
            missing.AddRange(row.Nist.Except(rule.Nist80019).Except(concern.NotApplicable).Select(c => $"nist80019 {c} ({row.Row})"));
        }

        Assert.True(missing.Count == 0, $"{id}: lacks the union table's {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void EquivalentsNameAnchorRulesOfTheReference(string id)
    {
        var rule = RuleCatalog.Default.Get(id);
        var problems = new List<string>();
        foreach (var (tool, value) in rule.Equivalents)
        {
            if (!EquivalentTools.TryGetValue(tool, out var shape))
            {
                problems.Add($"tool '{tool}' is not one of {string.Join(", ", EquivalentTools.Keys.Order(StringComparer.Ordinal))}");
                continue;
            }

            foreach (var anchorId in SplitIds(value))
            {
                if (shape is not null && !shape.IsMatch(anchorId)) problems.Add($"{tool} id '{anchorId}' does not match {shape}");
                else if (!Reference.Value.Mentions(anchorId)) problems.Add($"{tool} id '{anchorId}' does not appear in the anchor reference (tests/data/anchors/ids.txt)");
            }
        }

        Assert.True(problems.Count == 0, $"{id}: {string.Join("; ", problems)}");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void EveryRuleHasRationaleFixAndExamples(string id)
    {
        var rule = RuleCatalog.Default.Get(id);
        var empty = new[] { ("rationale", rule.Rationale), ("fix", rule.Fix), ("examples.bad", rule.BadExample), ("examples.good", rule.GoodExample) }
            .Where(f => string.IsNullOrWhiteSpace(f.Item2)).Select(f => f.Item1).ToArray();
        Assert.True(empty.Length == 0, $"{id}: empty {string.Join(", ", empty)}");
        Assert.True(rule.BadExample != rule.GoodExample, $"{id}: the bad and good examples are the same");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void MessageIsOneSentenceNamingTheValue(string id)
    {
        var rule = RuleCatalog.Default.Get(id);
        var message = rule.Message;
        Assert.True(message.EndsWith('.') || message == "{0}", $"{id}: message '{message}' does not end with a full stop");
        Assert.False(Regex.IsMatch(message.Replace("e.g.", "eg", StringComparison.Ordinal), @"[.!?] +[A-Z]"), $"{id}: message '{message}' is more than one sentence");
        if (!id.StartsWith("CL0", StringComparison.Ordinal) && !AdviceFromArguments.ContainsKey(id))
        {
            Assert.True(message.Contains(';') || message.Contains(':'), $"{id}: message '{message}' does not say what to do after saying what is wrong");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void BadExampleFiresTheRuleAndGoodExampleDoesNot(string id)
    {
        var rule = RuleCatalog.Default.Get(id);
        if (ExampleExemptions.ContainsKey(id)) return;
        // Cross-file rules join several files; their examples are excerpts, exercised in tests/…/CrossFile.
        if (LintEngine.CreateDefault().Resolver.IsCrossFileRule(id)) return;
        var kind = ExampleKind(rule);
        Assert.True(kind is not null, $"{id}: examples in '{rule.ExampleLanguage}' are not lintable; fix them or add an exemption with a reason");
        var configuration = (ExampleConfigurations.GetValueOrDefault(id) ?? LintConfiguration.Default) with
        {
            Policy = Policies.All,
            EolReferenceDate = new DateOnly(2026, 1, 1),
        };
        if (rule.SupersededBy is { } baseline)
        {
            // A restricted finding at the same spot as its baseline twin is dropped; show the restricted rule alone.
            configuration = configuration with { Disabled = new HashSet<string>(configuration.Disabled) { baseline } };
        }

        var bad = LintExample(rule.BadExample, kind.Value, configuration);
        Assert.True(bad.Any(f => f.RuleId == id),
            $"{id}: its bad example does not fire it (fired: {string.Join(", ", bad.Select(f => f.RuleId).Distinct())})");
        var good = LintExample(rule.GoodExample, kind.Value, configuration);
        var hit = good.FirstOrDefault(f => f.RuleId == id);
        Assert.True(hit is null, $"{id}: its good example fires it at {hit?.Span}: {hit?.Message}");
    }

    [Theory]
    [MemberData(nameof(ExemptionIds))]
    public void ExampleExemptionsAreForRulesWithoutTextualInput(string id)
    {
        var rule = RuleCatalog.Default.Find(id);
        Assert.True(rule is not null, $"{id} is exempted from example linting but is not in the catalog");
        Assert.True(rule.ExampleLanguage == "text", $"{id} is exempted ({ExampleExemptions[id]}) but its examples are '{rule.ExampleLanguage}': lint them instead");
    }

    public static TheoryData<string> ExemptionIds => [.. ExampleExemptions.Keys];

    [Fact]
    public void IssueThreeHasAtLeast45DockerfileRulesMappedToNist()
    {
        var count = RuleCatalog.Default.Rules.Count(r => r.Id.StartsWith("CL1", StringComparison.Ordinal) && r.AppliesTo.Contains("dockerfile") && r.Nist80019.Count > 0);
        Assert.True(count >= 45, $"only {count} Dockerfile rules carry a nist80019 section; issue 3 requires at least 45");
    }

    [Fact]
    public void TheConcernMapNamesOnlyCatalogRulesAndUnionRows()
    {
        var problems = ConcernsByRule.Keys.Where(k => RuleCatalog.Default.Find(k) is null).Select(k => $"{k} is not in the catalog")
            .Concat(ConcernsByRule.SelectMany(p => p.Value.Where(c => !Reference.Value.Union.ContainsKey(c.Row)).Select(c => $"{p.Key}: no union row {c.Row}")))
            .ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems));
    }

    [Theory]
    // Each shorthand of the reference expands to full ids, so an equivalent is never rejected for the way the file abbreviates it.
    [InlineData("DL3002")]
    [InlineData("DL3053")]              // "DL3048–DL3058"
    [InlineData("CKV2_DOCKER_3")]       // "CKV2_DOCKER_2 / _3"
    [InlineData("CKV2_DOCKER_16")]      // "CKV2_DOCKER_4 / _16"
    [InlineData("CKV_K8S_12")]          // "CKV_K8S_10–13"
    [InlineData("CKV_K8S_153")]         // "152–154"
    [InlineData("KSV-0045")]            // "KSV-0044/45/46/112"
    [InlineData("KSV-0112")]
    [InlineData("KSV-0034")]            // "KSV-0032…0035"
    [InlineData("KSV-01011")]
    [InlineData("DS-0027")]
    [InlineData("DKL-LI-0003")]
    [InlineData("host-pid")]
    [InlineData("MultipleInstructionsDisallowed")]
    public void TheAnchorIdsHaveTheReferenceShorthandsExpanded(string anchorId) =>
        Assert.True(Reference.Value.Mentions(anchorId), $"{anchorId} not found in tests/data/anchors/ids.txt");

    [Theory]
    [InlineData("KSV-0019")]            // no such check
    [InlineData("DL3999")]
    [InlineData("CKV_DOCKER_12")]
    [InlineData("host-users")]
    public void TheAnchorIdsHoldNoIdTheReferenceLacks(string anchorId) =>
        Assert.False(Reference.Value.Mentions(anchorId), $"{anchorId} should not be in tests/data/anchors/ids.txt");

    [Fact]
    public void TheUnionTableRowsCarryTheirIds()
    {
        var union = Reference.Value.Union;
        Assert.True(union.Count >= 126, $"parsed {union.Count} union rows, expected 126");
        Assert.Equal(["4.1"], union["B1"].CisDocker);
        Assert.Equal(["5.2.7"], union["B1"].CisKubernetes);
        Assert.Equal(["4.1.2", "4.4.3"], union["B1"].Nist);
        Assert.Equal(["5.23"], union["R12"].CisDocker);
        Assert.Empty(union["R12"].CisKubernetes);
        Assert.Equal(["5.11", "5.12"], union["K26"].CisDocker);
        Assert.Empty(union["K44"].Nist);
        Assert.Contains("KSV-0017", union["K1"].AnchorIds);
    }

    /// <summary>
    /// Lints an example. A Dockerfile example may say what surrounds it in its leading comments, patterns or paths
    /// separated by two spaces: <c># .dockerignore: .git  .env*</c> is the .dockerignore beside it, <c># build context:
    /// .env  .git/  server.js</c> the files of its build context (folders end with <c>/</c>).
    /// </summary>
    private static IReadOnlyList<Finding> LintExample(string example, FileKind kind, LintConfiguration configuration)
    {
        var dockerIgnore = kind == FileKind.Dockerfile ? ExampleComment(example, ".dockerignore") : null;
        var context = kind == FileKind.Dockerfile && ExampleComment(example, "build context") is { } paths
            ? BuildContext.FromListing(BuildContextListing.FromPaths(paths.Split('\n', StringSplitOptions.RemoveEmptyEntries), DockerIgnore.Parse(dockerIgnore)))
            : null;
        var (path, text) = kind switch
        {
            FileKind.Dockerfile => ("Dockerfile", example),
            FileKind.Compose => ("compose.yaml", example),
            // A fragment starting with 'spec:' is the spec of a Pod: the examples show only what matters.
            FileKind.Kubernetes when example.StartsWith("spec:", StringComparison.Ordinal) =>
                ("pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: example\n  namespace: shop\n" + example),
            FileKind.Kubernetes => ("manifest.yaml", example),
            _ => ("app.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n" + WrapMsBuild(example) + "</Project>\n"),
        };

        var input = new LintInput(path, new SourceText(text)) { DockerIgnore = dockerIgnore, BuildContext = context };
        return Engine.Lint(input, kind, configuration).Findings.Where(f => !f.Suppressed).ToArray();
    }

    /// <summary>The items of a leading <c># label: a  b</c> comment of an example, one per line, or null.</summary>
    private static string? ExampleComment(string example, string label)
    {
        foreach (var line in example.Split('\n'))
        {
            if (!line.StartsWith('#')) break;
            var text = line[1..].Trim();
            if (text.StartsWith(label + ":", StringComparison.Ordinal))
            {
                return string.Join('\n', text[(label.Length + 1)..].Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) + "\n";
            }
        }

        return null;
    }

    /// <summary>SDK examples are bare properties and items: put items in an ItemGroup and properties in a PropertyGroup.</summary>
    private static string WrapMsBuild(string example)
    {
        var lines = example.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
        var items = lines.Where(l => l.Contains("Include=", StringComparison.Ordinal)).ToArray();
        var properties = lines.Except(items).ToArray();
        var body = "";
        if (properties.Length > 0) body += "  <PropertyGroup>\n" + string.Concat(properties.Select(p => "    " + p + "\n")) + "  </PropertyGroup>\n";
        if (items.Length > 0) body += "  <ItemGroup>\n" + string.Concat(items.Select(i => "    " + i + "\n")) + "  </ItemGroup>\n";
        return body;
    }

    private static FileKind? ExampleKind(RuleMetadata rule) => rule.ExampleLanguage switch
    {
        "dockerfile" => FileKind.Dockerfile,
        "xml" when rule.AppliesTo.Contains("msbuild") => FileKind.MSBuild,
        "yaml" when rule.BadExample.StartsWith("services:", StringComparison.Ordinal) => FileKind.Compose,
        "yaml" when rule.AppliesTo.Contains("kubernetes") => FileKind.Kubernetes,
        "yaml" when rule.AppliesTo.Contains("compose") => FileKind.Compose,
        _ => null,
    };

    private static IEnumerable<string> SplitIds(string value) =>
        value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Quote(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"'{v}'"));

    private static IEnumerable<string> Range(string prefix, int from, int to) => Enumerable.Range(from, to - from + 1).Select(i => prefix + i);

    private sealed record Concern(string Row, params string[] NotApplicable);

    private sealed record UnionRow(string Row, string[] CisDocker, string[] CisKubernetes, string[] Nist, HashSet<string> AnchorIds)
    {
        public HashSet<string> AllIds => [.. CisDocker, .. CisKubernetes, .. Nist];
    }

    /// <summary>
    /// The anchor reference as vendored in tests/data/anchors (extracted from anchor-rules.md by
    /// build/refresh-test-data.sh): every anchor rule id it names, shorthands expanded (ids.txt), and the union table
    /// rows (union.tsv).
    /// </summary>
    private sealed class AnchorReference
    {
        private readonly HashSet<string> _ids;

        private AnchorReference(HashSet<string> ids, IReadOnlyDictionary<string, UnionRow> union)
        {
            _ids = ids;
            Union = union;
        }

        public IReadOnlyDictionary<string, UnionRow> Union { get; }

        public static AnchorReference Load()
        {
            var ids = DataLines("ids.txt").ToHashSet(StringComparer.Ordinal);
            Assert.True(ids.Count > 300, $"tests/data/anchors/ids.txt holds {ids.Count} ids; the reference names over 300");
            var union = new Dictionary<string, UnionRow>(StringComparer.Ordinal);
            foreach (var line in DataLines("union.tsv").Skip(1))
            {
                var cells = line.Split('\t');
                Assert.True(cells.Length == 5, $"union.tsv: not five columns: {line}");
                static string[] List(string cell) => cell.Split(',', StringSplitOptions.RemoveEmptyEntries);
                union[cells[0]] = new UnionRow(cells[0], List(cells[1]), List(cells[2]), List(cells[3]), [.. List(cells[4])]);
            }

            return new AnchorReference(ids, union);
        }

        /// <summary>Whether the reference names this anchor rule.</summary>
        public bool Mentions(string anchorId) => _ids.Contains(anchorId);

        /// <summary>The data lines of a file of tests/data/anchors (comment lines start with '#').</summary>
        private static IEnumerable<string> DataLines(string name) =>
            File.ReadAllLines(RepoPaths.DataFile("anchors", name)).Where(l => l.Length > 0 && !l.StartsWith('#'));
    }
}
