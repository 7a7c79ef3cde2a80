namespace ContainerLint.Core.Tests.CrossFile;

using ContainerLint.Core.Model;

public sealed class ComposeUserTests
{
    private const string Service = "services:\n  web:\n    build: ./app\n    read_only: true\n";

    [Theory]
    [InlineData("FROM alpine:3.20\nUSER 10001\n", "", false)]
    [InlineData("FROM alpine:3.20\nUSER app\n", "", false)]
    [InlineData("FROM alpine:3.20\nUSER 10001\n", "    user: root\n", true)]
    [InlineData("FROM alpine:3.20\nUSER 10001\n", "    user: \"0:0\"\n", true)]
    [InlineData("FROM alpine:3.20\n", "", true)]
    [InlineData("FROM alpine:3.20\nUSER root\n", "", true)]
    [InlineData("FROM alpine:3.20\nUSER ${UID}\n", "", true)]
    public void ANonRootDockerfileUserSatisfiesTheComposeUserRule(string dockerfile, string user, bool fires)
    {
        var findings = SetLint.Run(("app/Dockerfile", dockerfile), ("docker-compose.yml", Service + user)).In("docker-compose.yml");
        Assert.Equal(fires ? 1 : 0, findings.Count(f => f.RuleId == "CL3010"));
    }

    [Fact]
    public void OnlyTheServiceBuiltFromTheDockerfileIsSatisfied()
    {
        var compose = Service + "  db:\n    image: postgres:16.4\n  api:\n    build:\n      context: .\n      dockerfile: api.Dockerfile\n";
        var findings = SetLint.Run(("app/Dockerfile", "FROM alpine:3.20\nUSER 10001\n"), ("api.Dockerfile", "FROM alpine:3.20\nUSER app\n"), ("docker-compose.yml", compose))
            .In("docker-compose.yml").Where(f => f.RuleId == "CL3010").ToList();
        var hit = Assert.Single(findings);
        Assert.Equal("service/db", hit.Object);
        Assert.Equal(new SourceSpan(5, 3, 5, 5), hit.Span);
    }

    [Fact]
    public void WithoutTheDockerfileInTheSetTheFindingStays()
    {
        var findings = SetLint.Run(("docker-compose.yml", Service)).In("docker-compose.yml");
        Assert.Single(findings, f => f.RuleId == "CL3010");
    }
}
