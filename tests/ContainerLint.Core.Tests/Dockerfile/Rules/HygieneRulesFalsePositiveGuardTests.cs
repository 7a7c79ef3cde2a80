namespace ContainerLint.Core.Tests.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Dockerfile.Rules;

/// <summary>
/// False-positive guard for the group 2 rules: realistic official-image Dockerfiles must produce exactly
/// the reviewed findings, under the default (recommended) policy and under policy all. A new finding here
/// is a false positive until a reviewer says otherwise.
/// </summary>
public sealed class HygieneRulesFalsePositiveGuardTests
{
    /// <summary>The rule ids this guard covers: CL1035–CL1039 and CL1041–CL1077.</summary>
    private static readonly HashSet<string> GroupTwo =
        HygieneRules.All.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

    public static TheoryData<string, string, string> Cases => HygieneOfficialImageDockerfiles.Cases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void PolicyAllFindsExactlyTheReviewedFindings(string name, string dockerfile, string expected)
    {
        Assert.Equal(expected, Render(dockerfile, Policies.All));
        Assert.False(string.IsNullOrEmpty(name));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RecommendedPolicyFindsTheReviewedFindingsOfRulesOnByDefault(string name, string dockerfile, string expected)
    {
        var onByDefault = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(f => RuleCatalog.Default.Find(f[..6]) is { EnabledByDefault: true });
        Assert.Equal(string.Join(" ", onByDefault), Render(dockerfile, Policies.Recommended));
        Assert.False(string.IsNullOrEmpty(name));
    }

    [Fact]
    public void TheGuardCoversFortyDockerfilesAndEveryGroupTwoRuleIsRegistered()
    {
        Assert.Equal(40, HygieneOfficialImageDockerfiles.Cases.Count);
        Assert.Equal(40, GroupTwo.Count);
        Assert.All(GroupTwo, id => Assert.NotNull(RuleCatalog.Default.Find(id)));
    }

    private static string Render(string dockerfile, string policy) =>
        string.Join(" ", DockerfileRuleHarness.Lint(dockerfile, LintConfiguration.Default with { Policy = policy })
            .Where(f => !f.Suppressed && GroupTwo.Contains(f.RuleId))
            .Select(f => $"{f.RuleId}@{f.Span}"));
}
