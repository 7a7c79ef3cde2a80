namespace ContainerLint.Core.Tests.Catalog;

using ContainerLint.Core.Catalog;

public sealed class RuleDocumentationTests
{
    private static readonly string Regenerate = "Regenerate with: " + RuleCatalogSource.RegenerateCommand;

    [Fact]
    public void CommittedRulePagesAreUpToDate()
    {
        var docs = Path.Combine(RepoPaths.Root, "rules", "docs");
        Assert.True(Directory.Exists(docs), $"rules/docs is missing. {Regenerate}");
        var expected = RuleDocumentation.RenderAll(RuleCatalog.Default);
        var problems = new List<string>();
        foreach (var (name, content) in expected)
        {
            var path = Path.Combine(docs, name);
            if (!File.Exists(path)) problems.Add($"missing rules/docs/{name}");
            else if (File.ReadAllText(path) != content) problems.Add($"stale rules/docs/{name}");
        }

        foreach (var file in Directory.EnumerateFiles(docs, "*.md"))
        {
            if (!expected.ContainsKey(Path.GetFileName(file))) problems.Add($"rules/docs/{Path.GetFileName(file)} has no catalog entry");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + Regenerate);
    }

    [Fact]
    public void APageHasEverySection()
    {
        var rule = RuleCatalog.Parse(
            """
            id: CL1999
            name: RunsAsRoot
            title: Container runs as root
            message: "m"
            defaultSeverity: warning
            appliesTo: [dockerfile]
            nist80019: [4.4.3]
            cisDocker: ["4.1"]
            pss: {level: restricted, check: runAsNonRoot}
            equivalents: {hadolint: DL3002, trivy: DS-0002}
            rationale: Root in the container is root on the host when isolation fails.
            fix: Add USER 10001.
            examples:
              bad: |
                FROM alpine
              good: |
                FROM alpine
                USER 10001
            """, "CL1999.yaml");
        var page = RuleDocumentation.RenderPage(rule);
        Assert.StartsWith("# CL1999: Container runs as root\n", page);
        foreach (var expected in new[]
        {
            "| Default severity | warning |", "| NIST SP 800-190 | 4.4.3 |", "| CIS Docker Benchmark v1.6.0 | 4.1 |",
            "| Pod Security Standards | restricted: `runAsNonRoot` |", "| Equivalents | hadolint DL3002, trivy DS-0002 |",
            "## Why it matters\n\nRoot in the container", "## Bad\n\n```dockerfile\nFROM alpine\n```", "## Good\n\n```dockerfile\nFROM alpine\nUSER 10001\n```",
            "## How to fix\n\nAdd USER 10001.",
        })
        {
            Assert.Contains(expected, page);
        }
    }
}
