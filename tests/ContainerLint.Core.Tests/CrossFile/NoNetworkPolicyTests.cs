namespace ContainerLint.Core.Tests.CrossFile;

using ContainerLint.Core.Model;

public sealed class NoNetworkPolicyTests
{
    private static string Workload(string? ns) =>
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n" + (ns is null ? "" : $"  namespace: {ns}\n") + "spec:\n  containers:\n    - name: web\n      image: nginx:1.27\n";

    private static string Policy(string? ns) =>
        "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny\n" + (ns is null ? "" : $"  namespace: {ns}\n") + "spec:\n  podSelector: {}\n";

    [Theory]
    [InlineData("shop", null, true)]
    [InlineData("shop", "shop", false)]
    [InlineData("shop", "other", true)]
    [InlineData(null, null, false)]
    [InlineData(null, "default", false)]
    public void APolicyInAnotherFileCoversItsNamespace(string? workloadNamespace, string? policyNamespace, bool fires)
    {
        var files = new List<(string, string)> { ("app.yaml", Workload(workloadNamespace)) };
        if (policyNamespace is not null || !fires) files.Add(("policy.yaml", Policy(policyNamespace)));
        var hits = SetLint.Run([.. files]).In("app.yaml").Where(f => f.RuleId == "CL2302").ToList();
        if (!fires)
        {
            Assert.Empty(hits);
            return;
        }

        var hit = Assert.Single(hits);
        Assert.Equal(new SourceSpan(2, 7, 2, 10), hit.Span);
        Assert.Equal($"Pod/{workloadNamespace ?? "default"}/web", hit.Object);
        Assert.Contains($"namespace '{workloadNamespace ?? "default"}'", hit.Message);
    }

    [Fact]
    public void OneNotePerFileAtItsFirstUncoveredWorkload()
    {
        var file = Workload("a") + "---\n" + Workload("b").Replace("name: web", "name: api", StringComparison.Ordinal) + "---\n" + Workload("c");
        var hits = SetLint.Run(("app.yaml", file), ("policy.yaml", Policy("a"))).In("app.yaml").Where(f => f.RuleId == "CL2302").ToList();
        var hit = Assert.Single(hits);
        Assert.Equal("Pod/b/api", hit.Object);
    }

    [Fact]
    public void AFileWithoutWorkloadsGetsNothing()
    {
        Assert.Empty(SetLint.Run(("policy.yaml", Policy("a"))).In("policy.yaml"));
    }
}
