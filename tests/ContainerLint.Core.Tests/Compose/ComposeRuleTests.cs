namespace ContainerLint.Core.Tests.Compose;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Model;
using ContainerLint.Core.Tests.Kubernetes;

public sealed class ComposeRuleTests
{
    private const string Secure = "services:\n  web:\n    image: registry.example.com/web:1.0\n    user: \"10001\"\n    read_only: true\n    cap_drop: [ALL]\n    security_opt: [\"no-new-privileges:true\"]\n    mem_limit: 256m\n    pids_limit: 100\n";

    [Theory]
    [InlineData("privileged: true", "CL3001", 10, 17)]
    [InlineData("network_mode: host", "CL3002", 10, 19)]
    [InlineData("cap_add: [SYS_ADMIN]", "CL3003", 10, 15)]
    [InlineData("volumes: [\"/var/run/docker.sock:/var/run/docker.sock\"]", "CL3005", 10, 15)]
    [InlineData("volumes: [{type: bind, source: /etc, target: /e}]", "CL3006", 10, 36)]
    [InlineData("security_opt: [\"seccomp:unconfined\"]", "CL3007", 10, 20)]
    [InlineData("ports: [\"8080:80\"]", "CL3013", 10, 13)]
    [InlineData("ports: [\"9090\"]", "CL3013", 10, 13)]
    [InlineData("ports: [\"[::]:8080:80\"]", "CL3013", 10, 13)]
    [InlineData("ports: [\"0.0.0.0:8080:80/udp\"]", "CL3013", 10, 13)]
    [InlineData("environment: [\"API_TOKEN=abcd1234abcd\"]", "CL3015", 10, 19)]
    [InlineData("environment: {DB_PASSWORD: hunter2hunter2}", "CL3015", 10, 32)]
    public void FiresAtTheExactPlace(string extra, string ruleId, int line, int column)
    {
        var findings = KubeLint.Run(Secure + "    " + extra + "\n", Policies.Recommended, FileKind.Compose, "docker-compose.yml");
        var hit = Assert.Single(findings, f => f.RuleId == ruleId);
        Assert.Equal((line, column), (hit.Span.Line, hit.Span.Column));
        Assert.Equal("service/web", hit.Object);
        Assert.DoesNotContain("hunter2", hit.Message);
    }

    [Theory]
    [InlineData("user: \"10001\"", "user: root", "CL3010")]
    [InlineData("read_only: true", "read_only: false", "CL3009")]
    [InlineData("mem_limit: 256m", "cpus: 1", "CL3011")]
    [InlineData("pids_limit: 100", "cpus: 1", "CL3012")]
    [InlineData("cap_drop: [ALL]", "cap_drop: [NET_RAW]", "CL3004")]
    [InlineData("security_opt: [\"no-new-privileges:true\"]", "init: true", "CL3008")]
    [InlineData("image: registry.example.com/web:1.0", "image: nginx", "CL3014")]
    public void FiresWhenAHardeningIsRemoved(string find, string replace, string ruleId)
    {
        Assert.Empty(KubeLint.Run(Secure, Policies.Recommended, FileKind.Compose, "compose.yaml"));
        var findings = KubeLint.Run(Secure.Replace(find, replace, StringComparison.Ordinal), Policies.Recommended, FileKind.Compose, "compose.yaml");
        Assert.Equal(ruleId, Assert.Single(findings).RuleId);
    }

    [Theory]
    [InlineData("ports: [\"127.0.0.1:8080:80\"]")]
    [InlineData("ports: [\"[::1]:8080:80\"]")]
    [InlineData("expose: [\"80\"]")]
    public void PortsBoundToOneAddressAreFine(string extra)
    {
        var findings = KubeLint.Run(Secure + "    " + extra + "\n", Policies.Recommended, FileKind.Compose, "docker-compose.yml");
        Assert.DoesNotContain(findings, f => f.RuleId == "CL3013");
    }
}
