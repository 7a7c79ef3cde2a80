namespace ContainerLint.Core.Tests.RealWorld;

using ContainerLint.Core.Model;

/// <summary>
/// Compose files in real shapes (v2 and v3 with <c>version:</c>, the Compose Specification without it, extension
/// fields with anchors and merge keys, long-syntax ports and volumes, env_file, profiles, secrets and configs,
/// an override file) linted through the runner: named like Compose files, they are Compose, never Kubernetes.
/// </summary>
public sealed class RealWorldComposeTests
{
    private static readonly Dictionary<string, string> Reviewed = new(StringComparer.Ordinal)
    {
        // A deliberately loose development file: every finding is real (socket mount, privileged, host network,
        // :latest and untagged images, a literal POSTGRES_PASSWORD, ports on all interfaces, no hardening at all).
        ["compose/compose.yaml"] =
            "CL3004@4:3 CL3008@4:3 CL3009@4:3 CL3010@4:3 CL3011@4:3 CL3012@4:3 CL3013@7:9 CL3013@8:9 " +
            "CL3005@11:9 CL3004@13:3 CL3008@13:3 CL3009@13:3 CL3010@13:3 CL3011@13:3 CL3012@13:3 CL3004@23:3 " +
            "CL3008@23:3 CL3009@23:3 CL3010@23:3 CL3011@23:3 CL3012@23:3 CL3014@24:12 CL3015@26:26 CL3004@31:3 " +
            "CL3008@31:3 CL3009@31:3 CL3010@31:3 CL3011@31:3 CL3012@31:3 CL3014@32:12 CL3002@33:19 CL3001@34:17",
        // An override file: its services have no image or build, docker-compose.yml completes them, so the rules about
        // missing fields stay silent (before the fix: 12 false positives here).
        ["compose/docker-compose.override.yml"] = "",
        // v2.4: db drops ALL and adds back only default capabilities, but has no read_only and no user.
        ["compose/docker-compose.v2.yml"] = "CL3009@3:3 CL3010@3:3",
        // v3.8 with x-common/<<: *common carrying every hardening: merge keys must be followed.
        ["compose/docker-compose.yml"] = "",
    };

    public static TheoryData<string> Files() => new(RealWorldCorpus.Files("compose"));

    [Fact]
    public void EveryComposeFileIsReviewed() =>
        Assert.Equal(Reviewed.Keys.Order(StringComparer.Ordinal), RealWorldCorpus.Files("compose").Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Files))]
    public void LintsAsComposeWithTheReviewedFindings(string file)
    {
        var result = RealWorldCorpus.Lint(file);
        Assert.Equal(FileKind.Compose, result.Kind);
        Assert.False(result.Skipped);
        Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("CL0", StringComparison.Ordinal) || f.RuleId.StartsWith("CL2", StringComparison.Ordinal));
        var expected = Reviewed[file].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(expected.SequenceEqual(RealWorldCorpus.Pins(result)), file + ":\n" + RealWorldCorpus.Describe(result.Findings));
    }

    [Fact]
    public void LiteralSecretsAreMasked()
    {
        var result = RealWorldCorpus.Lint("compose/compose.yaml");
        var secret = Assert.Single(result.Findings, f => f.RuleId == "CL3015");
        Assert.DoesNotContain("example", secret.Message, StringComparison.Ordinal);
    }
}
