namespace ContainerLint.Core.Tests.Dockerfile.Rules;

using ContainerLint.Core.Configuration;

/// <summary>
/// False-positive guard: Dockerfiles written in the style of official images (docker-library, dotnet-docker incl. chiseled,
/// Adoptium Temurin, distroless, BuildKit's own) linted with every security rule (CL1001–CL1040). Each expected finding
/// was reviewed by hand; anything a maintainer would reject was fixed in the rule, not listed here.
/// </summary>
public sealed class SecurityRulesOfficialImagesTests
{
    private static readonly LintConfiguration All = LintConfiguration.Default with { Policy = Policies.All, EolReferenceDate = new DateOnly(2025, 12, 1) };

    /// <summary>Files of <see cref="OfficialImageCorpus"/> with the security findings reviewed by hand.</summary>
    private static readonly Dictionary<string, string[]> Reviewed = new(StringComparer.Ordinal)
    {
        ["postgres-bookworm"] = ["CL1022@(1,6,1,26)"],
        ["postgres-alpine"] = ["CL1010@(1,6,1,17)", "CL1022@(1,6,1,17)"],
        ["redis"] = ["CL1010@(1,6,1,26)", "CL1022@(1,6,1,26)"],
        ["nginx"] = ["CL1010@(1,6,1,26)", "CL1022@(1,6,1,26)"],
        ["nginx-alpine"] = ["CL1010@(1,6,1,17)", "CL1022@(1,6,1,17)"],
        ["python"] = ["CL1022@(1,6,1,26)"],
        ["python-app"] = ["CL1022@(1,6,1,22)"],
        ["node"] = ["CL1010@(1,6,1,26)", "CL1022@(1,6,1,26)"],
        ["node-app"] = ["CL1022@(1,6,1,20)", "CL1022@(5,6,5,20)", "CL1012@(10,6,10,10)"],
        ["golang"] = ["CL1022@(1,6,1,33)", "CL1010@(15,6,15,33)", "CL1022@(15,6,15,33)"],
        ["golang-app"] = ["CL1022@(2,32,2,43)", "CL1022@(7,6,7,47)"],
        ["dotnet-sdk"] = ["CL1022@(2,6,2,37)", "CL1010@(10,6,10,30)", "CL1022@(10,6,10,30)"],
        ["dotnet-aspnet"] = ["CL1022@(2,6,2,37)", "CL1010@(10,6,10,30)", "CL1022@(10,6,10,30)"],
        ["dotnet-runtime-deps"] = ["CL1022@(1,6,1,24)"],
        ["dotnet-runtime-deps-chiseled"] = ["CL1022@(2,6,2,37)"],
        ["dotnet-app"] = ["CL1022@(1,6,1,39)", "CL1022@(7,6,7,42)"],
        ["dotnet-app-chiseled"] = ["CL1022@(1,32,1,71)", "CL1022@(8,6,8,57)"],
        ["dotnet-windows"] = ["CL1022@(2,6,2,51)", "CL1022@(10,6,10,51)"],
        ["temurin-jdk"] = ["CL1022@(1,6,1,18)"],
        ["temurin-app"] = ["CL1022@(1,6,1,28)", "CL1022@(5,6,5,28)"],
        ["distroless-java"] = ["CL1022@(1,6,1,34)", "CL1022@(7,6,7,47)"],
        ["distroless-python"] = ["CL1022@(1,6,1,22)", "CL1021@(5,6,5,40)", "CL1022@(5,6,5,40)"],
        ["buildkit"] = ["CL1022@(6,32,6,59)", "CL1022@(7,32,7,76)", "CL1024@(7,32,7,76)", "CL1033@(14,25,14,83)", "CL1022@(25,6,25,30)", "CL1010@(30,6,30,21)"],
        ["rust-app"] = ["CL1022@(1,6,1,15)", "CL1022@(5,6,5,26)", "CL1012@(9,6,9,11)"],
        ["httpd"] = ["CL1010@(1,6,1,26)", "CL1022@(1,6,1,26)"],
        ["mysql"] = ["CL1022@(1,6,1,24)"],
        ["mongo"] = ["CL1010@(1,6,1,18)", "CL1022@(1,6,1,18)"],
        ["ruby"] = ["CL1022@(1,6,1,21)"],
        ["php-fpm"] = ["CL1010@(1,6,1,26)", "CL1022@(1,6,1,26)"],
        ["wordpress-style"] = ["CL1010@(1,6,1,20)", "CL1022@(1,6,1,20)", "CL1017@(7,35,7,42)"],
        ["traefik-style"] = ["CL1010@(1,6,1,17)", "CL1022@(1,6,1,17)", "CL1033@(5,38,5,136)"],
        ["docker-cli"] = ["CL1010@(1,6,1,17)", "CL1022@(1,6,1,17)", "CL1033@(6,23,6,29)"],
        ["busybox-scratch"] = [],
        ["debian-base"] = [],
        ["ubuntu-devcontainer"] = ["CL1022@(1,6,1,55)", "CL1034@(6,56,6,60)", "CL1012@(7,6,7,15)"],
        ["jenkins-agent-style"] = ["CL1022@(1,6,1,34)", "CL1033@(6,60,6,170)", "CL1012@(9,6,9,13)"],
        ["grafana-style"] = ["CL1022@(3,6,3,17)", "CL1024@(3,6,3,17)", "CL1022@(9,6,9,19)"],
        ["elixir-style"] = ["CL1022@(1,6,1,15)"],
        ["haproxy"] = ["CL1022@(1,6,1,26)", "CL1012@(15,6,15,13)"],
        ["memcached"] = ["CL1022@(1,6,1,17)", "CL1017@(9,48,9,55)", "CL1012@(15,6,15,14)"],
        ["heredoc-app"] = ["CL1022@(2,6,2,22)"],
        ["legacy-centos"] = ["CL1010@(1,6,1,14)", "CL1022@(1,6,1,14)", "CL1024@(1,6,1,14)", "CL1032@(3,1,3,4)"],
        ["rabbitmq-style"] = ["CL1022@(1,6,1,18)", "CL1012@(18,6,18,23)"],
    };

    public static TheoryData<string> Names => new(Reviewed.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Names))]
    public void FindingsAreExactlyTheReviewedOnes(string name)
    {
        var findings = DockerfileRuleHarness.Lint(OfficialImageCorpus.Files[name], All)
            .Where(f => !f.Suppressed && string.CompareOrdinal(f.RuleId, "CL1001") >= 0 && string.CompareOrdinal(f.RuleId, "CL1040") <= 0 && f.RuleId is not ("CL1035" or "CL1036" or "CL1037" or "CL1038" or "CL1039"))
            .Select(f => $"{f.RuleId}@{f.Span}");
        Assert.Equal(Reviewed[name], findings);
    }

    [Fact]
    public void TheCorpusIsLargeEnough() => Assert.True(Reviewed.Count >= 40);
}
