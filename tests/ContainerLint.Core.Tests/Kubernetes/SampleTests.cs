namespace ContainerLint.Core.Tests.Kubernetes;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Model;

public sealed class SampleTests
{
    [Theory]
    [InlineData("samples/secure/k8s/deployment.yaml", FileKind.Kubernetes)]
    [InlineData("samples/secure/compose/docker-compose.yml", FileKind.Compose)]
    public void SecureSamplesAreSilent(string path, FileKind kind)
    {
        var findings = KubeLint.Run(File.ReadAllText(Path.Combine(RepoPaths.Root, path)), Policies.Recommended, kind, path);
        Assert.True(findings.Count == 0, string.Join("; ", findings.Select(f => f.RuleId + f.Span + " " + f.Message)));
    }

    [Theory]
    [InlineData("samples/insecure/k8s/deployment.yaml", FileKind.Kubernetes, new[] { "CL2001", "CL2002", "CL2005", "CL2106", "CL2112", "CL2114", "CL2115", "CL2121", "CL2202" })]
    [InlineData("samples/insecure/compose/docker-compose.yml", FileKind.Compose, new[] { "CL3001", "CL3002", "CL3003", "CL3005", "CL3006", "CL3007", "CL3010", "CL3013", "CL3014", "CL3015" })]
    public void InsecureSamplesTriggerTheirRules(string path, FileKind kind, string[] expected)
    {
        var ids = KubeLint.Run(File.ReadAllText(Path.Combine(RepoPaths.Root, path)), Policies.Recommended, kind, path).Select(f => f.RuleId).ToHashSet();
        foreach (var id in expected) Assert.Contains(id, ids);
    }
}
