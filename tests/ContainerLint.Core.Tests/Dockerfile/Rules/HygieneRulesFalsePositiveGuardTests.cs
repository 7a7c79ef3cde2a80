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
        DockerfileRules.All.Select(r => r.Id).Where(id => string.CompareOrdinal(id, "CL1035") >= 0 && id != "CL1040").ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Forty files of <see cref="OfficialImageCorpus"/>, each with the group 2 findings reviewed by hand under policy
    /// <c>all</c>.
    /// </summary>
    private static readonly Dictionary<string, string> Reviewed = new(StringComparer.Ordinal)
    {
        ["01-postgres"] = "CL1054@(1,1,1,5) CL1046@(9,1,9,4) CL1035@(12,3,12,8) CL1035@(13,3,13,7) CL1077@(17,5,17,17) CL1035@(21,45,21,60) CL1035@(21,61,21,65)",
        ["02-redis-alpine"] = "CL1054@(1,1,1,5) CL1046@(7,1,7,4) CL1035@(10,3,10,9) CL1077@(13,5,13,18) CL1035@(20,3,20,12) CL1035@(21,3,21,6) CL1035@(22,3,22,16) CL1035@(23,3,23,7) CL1035@(24,3,24,11) CL1035@(25,3,25,14) CL1035@(26,3,26,6) CL1046@(40,1,40,4)",
        ["03-nginx"] = "CL1054@(1,1,1,5) CL1077@(5,5,5,18) CL1035@(13,73,13,79) CL1035@(13,80,13,95) CL1053@(23,8,23,10)",
        ["04-python-slim"] = "CL1077@(3,5,3,9) CL1035@(9,3,9,18) CL1035@(10,3,10,10) CL1035@(11,3,11,9) CL1035@(23,3,23,11) CL1035@(24,3,24,6) CL1035@(25,3,25,13) CL1035@(26,3,26,7) CL1035@(27,3,27,7) CL1035@(28,3,28,11) CL1060@(47,3,47,4) CL1046@(60,1,60,4)",
        ["05-node-alpine"] = "CL1054@(1,1,1,5) CL1077@(3,5,3,17) CL1035@(8,9,8,18) CL1035@(10,9,10,13) CL1035@(22,51,22,55) CL1035@(22,56,22,61) CL1035@(22,62,22,65)",
        ["06-golang"] = "CL1077@(3,5,3,9) CL1054@(24,1,24,5) CL1035@(29,3,29,6) CL1035@(30,3,30,6) CL1035@(31,3,31,12) CL1035@(32,3,32,7) CL1035@(33,3,33,13)",
        ["07-httpd"] = "CL1054@(1,1,1,5) CL1077@(5,5,5,17) CL1035@(14,3,14,18) CL1035@(15,3,15,19) CL1035@(16,3,16,17) CL1035@(27,3,27,8) CL1035@(28,3,28,10) CL1035@(29,3,29,6) CL1035@(30,3,30,8) CL1035@(31,3,31,7) CL1035@(32,3,32,7) CL1053@(68,8,68,10)",
        ["08-dotnet-sdk"] = "CL1035@(12,9,12,13) CL1035@(13,9,13,12) CL1035@(14,9,14,19) CL1035@(15,9,15,13)",
        ["09-dotnet-aspnet"] = "",
        ["10-dotnet-runtime-deps"] = "CL1035@(10,9,10,24) CL1035@(11,9,11,14) CL1035@(12,9,12,18) CL1035@(13,9,13,17) CL1035@(14,9,14,16) CL1035@(15,9,15,19) CL1035@(16,9,16,15) CL1035@(17,9,17,15) CL1046@(20,1,20,4)",
        ["11-temurin"] = "CL1054@(1,1,1,5) CL1077@(3,5,3,14) CL1035@(11,9,11,13) CL1035@(12,9,12,13) CL1035@(13,9,13,14) CL1035@(14,9,14,19) CL1035@(15,9,15,24) CL1035@(15,25,15,32) CL1035@(16,9,16,15) CL1035@(17,9,17,16) CL1046@(53,1,53,4)",
        ["12-buildkit"] = "CL1035@(12,24,12,28) CL1035@(12,29,12,33) CL1035@(12,34,12,39) CL1035@(12,40,12,43) CL1035@(12,44,12,52) CL1035@(12,53,12,62) CL1035@(12,63,12,66) CL1035@(12,67,12,71) CL1035@(20,24,20,32) CL1035@(20,33,20,36) CL1035@(20,37,20,51) CL1035@(20,52,20,69) CL1035@(37,24,37,29) CL1035@(37,30,37,33) CL1035@(37,34,37,41) CL1035@(37,42,37,46) CL1035@(37,47,37,49) CL1035@(37,50,37,58) CL1035@(37,59,37,68) CL1054@(42,1,42,5)",
        ["13-windows-servercore"] = "CL1077@(7,5,7,19)",
        ["14-app-multistage-dotnet"] = "",
        ["15-app-node"] = "",
        ["16-app-python"] = "CL1054@(1,1,1,5)",
        ["17-app-go-distroless"] = "",
        ["18-ubuntu-cache-mount"] = "CL1035@(6,66,6,69)",
        ["19-heredoc"] = "CL1054@(2,1,2,5) CL1035@(7,44,7,48) CL1035@(7,49,7,64)",
        ["20-centos"] = "CL1054@(1,1,1,5) CL1035@(2,20,2,25) CL1035@(2,26,2,33)",
        ["21-ubi-micro"] = "CL1054@(1,1,1,5)",
        ["22-memcached"] = "CL1054@(1,1,1,5) CL1046@(7,1,7,4) CL1035@(7,24,7,31) CL1077@(9,5,9,22) CL1035@(13,3,13,18) CL1035@(14,3,14,6) CL1035@(15,3,15,7) CL1035@(16,3,16,7) CL1035@(17,3,17,6) CL1035@(18,3,18,7)",
        ["23-mysql"] = "CL1054@(1,1,1,5) CL1077@(7,5,7,17) CL1046@(15,1,15,4) CL1035@(17,3,17,8) CL1035@(18,3,18,7) CL1035@(19,3,19,10) CL1035@(20,3,20,5) CL1035@(21,3,21,7) CL1035@(22,3,22,12)",
        ["24-wordpress-php"] = "CL1054@(1,1,1,5) CL1035@(6,3,6,14) CL1046@(10,1,10,4) CL1046@(15,1,15,4) CL1046@(19,1,19,4)",
        ["25-ruby"] = "CL1077@(10,5,10,9) CL1035@(17,3,17,8) CL1035@(18,3,18,11) CL1035@(19,3,19,14) CL1035@(20,3,20,7)",
        ["26-traefik"] = "CL1054@(1,1,1,5) CL1035@(2,24,2,39) CL1035@(2,40,2,46) CL1046@(3,1,3,4) CL1053@(14,8,14,10)",
        ["busybox-scratch"] = "",
        ["28-hello-world"] = "",
        ["29-rust-multistage"] = "CL1054@(6,1,6,5) CL1035@(7,66,7,73)",
        ["30-legacy-app"] = "CL1054@(1,1,1,5) CL1070@(2,1,2,11) CL1036@(3,5,3,19) CL1046@(4,1,4,4) CL1041@(4,5,4,20) CL1042@(4,5,4,20) CL1035@(4,24,4,31) CL1035@(4,32,4,43) CL1035@(4,44,4,48) CL1035@(4,49,4,52) CL1043@(4,49,4,52) CL1077@(5,5,5,13) CL1062@(6,9,6,12) CL1063@(8,5,8,7) CL1042@(8,20,8,32) CL1050@(9,8,9,10) CL1053@(9,11,9,13) CL1059@(10,5,10,19)",
        ["31-java-maven"] = "CL1054@(8,1,8,5)",
        ["32-nginx-alpine-slim"] = "CL1054@(1,1,1,5) CL1077@(3,5,3,18) CL1035@(14,9,14,16) CL1035@(31,27,31,33) CL1053@(38,8,38,10)",
        ["33-couchdb-like"] = "CL1054@(1,1,1,5) CL1046@(5,1,5,4) CL1035@(8,9,8,24) CL1035@(9,9,9,13) CL1035@(10,9,10,16) CL1035@(11,9,11,14) CL1046@(15,1,15,4) CL1035@(17,48,17,52) CL1035@(17,53,17,57) CL1077@(22,5,22,18) CL1046@(38,1,38,4) CL1041@(41,36,41,51) CL1075@(48,11,48,14)",
        ["34-windows-nanoserver-dotnet"] = "",
        ["35-gitlab-runner-like"] = "CL1054@(1,1,1,5) CL1035@(4,48,4,63) CL1035@(4,64,4,67) CL1035@(4,68,4,75) CL1035@(4,76,4,82)",
        ["36-elasticsearch-like"] = "CL1035@(4,50,4,54) CL1035@(4,55,4,70) CL1046@(10,1,10,4) CL1046@(13,1,13,4) CL1035@(18,50,18,65) CL1035@(18,66,18,70) CL1035@(18,71,18,85) CL1035@(18,86,18,93) CL1035@(18,94,18,99) CL1035@(18,100,18,103) CL1046@(25,1,25,4) CL1077@(29,5,29,9)",
        ["37-php-fpm-alpine-ext"] = "CL1054@(1,1,1,5) CL1035@(3,56,3,63) CL1035@(3,64,3,74)",
        ["38-registry-like"] = "CL1054@(1,1,1,5) CL1035@(3,21,3,36)",
        ["39-sonarqube-like"] = "CL1054@(1,1,1,5) CL1041@(9,5,9,20) CL1035@(9,24,9,29) CL1035@(9,30,9,35) CL1035@(9,36,9,40) CL1035@(9,41,9,45) CL1035@(9,46,9,58) CL1063@(11,5,11,7) CL1075@(18,14,18,21)",
        ["40-tomcat"] = "CL1054@(1,1,1,5) CL1077@(2,5,2,18) CL1035@(10,45,10,50) CL1035@(10,51,10,58) CL1035@(10,59,10,63) CL1035@(10,64,10,79)",
    };

    public static TheoryData<string, string, string> Cases
    {
        get
        {
            var cases = new TheoryData<string, string, string>();
            foreach (var (name, expected) in Reviewed) cases.Add(name, OfficialImageCorpus.Files[name], expected);
            return cases;
        }
    }

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


    private static string Render(string dockerfile, string policy) =>
        string.Join(" ", DockerfileRuleHarness.Lint(dockerfile, LintConfiguration.Default with { Policy = policy })
            .Where(f => !f.Suppressed && GroupTwo.Contains(f.RuleId))
            .Select(f => $"{f.RuleId}@{f.Span}"));
}
