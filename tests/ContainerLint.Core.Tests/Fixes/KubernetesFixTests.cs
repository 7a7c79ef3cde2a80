namespace ContainerLint.Core.Tests.Fixes;

/// <summary>The restricted securityContext defaults added by the Kubernetes fixes: where, how indented, and where never.</summary>
public sealed class KubernetesFixTests
{
    private const string Head = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n";

    private static string Fix(string ruleId, string text) => RuleFixTests.Fix(ruleId, text, "pod.yaml");

    [Fact]
    public void AFieldGoesAfterTheLastFieldOfTheExistingSecurityContext()
    {
        var before = Head + "  - name: app\n    image: nginx:1.27\n    securityContext:\n      readOnlyRootFilesystem: true   # keep\n    ports:\n    - containerPort: 80\n";
        var after = Head + "  - name: app\n    image: nginx:1.27\n    securityContext:\n      readOnlyRootFilesystem: true   # keep\n      allowPrivilegeEscalation: false\n    ports:\n    - containerPort: 80\n";
        Assert.Equal(after, Fix("CL2014", before));
    }

    [Fact]
    public void AMissingSecurityContextIsAddedWithTheFilesIndentationStep()
    {
        var before = "apiVersion: v1\nkind: Pod\nmetadata:\n    name: p\nspec:\n    containers:\n        -   name: app\n            image: nginx:1.27\n            resources:\n                limits:\n                    memory: 64Mi\n";
        var after = before + "            securityContext:\n                seccompProfile:\n                    type: RuntimeDefault\n";
        Assert.Equal(after, Fix("CL2017", before));
    }

    [Fact]
    public void DropAllGoesIntoAnExistingCapabilitiesMapping()
    {
        var before = Head + "  - name: app\n    image: nginx:1.27\n    securityContext:\n      capabilities:\n        add: [NET_BIND_SERVICE]\n";
        Assert.Equal(Head + "  - name: app\n    image: nginx:1.27\n    securityContext:\n      capabilities:\n        add: [NET_BIND_SERVICE]\n        drop: [\"ALL\"]\n", Fix("CL2018", before));
    }

    [Fact]
    public void AnExistingDropListIsNeverRewritten()
    {
        var before = Head + "  - name: app\n    image: nginx:1.27\n    securityContext:\n      capabilities:\n        drop: [NET_RAW]\n";
        Assert.Equal(before, Fix("CL2018", before));
    }

    [Theory]
    [InlineData("    securityContext:\n      runAsUser: 0\n")]
    [InlineData("    securityContext:\n      runAsUser: \"{{ .Values.uid }}\"\n")]
    public void RunAsNonRootIsNotAddedWhereTheContainerRunsAsRoot(string securityContext)
    {
        var before = Head + "  - name: app\n    image: nginx:1.27\n" + securityContext;
        Assert.Equal(before, Fix("CL2015", before));
    }

    [Fact]
    public void RunAsNonRootIsNotAddedAgainstThePodsOwnSetting()
    {
        var before = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  securityContext:\n    runAsNonRoot: false\n  containers:\n  - name: app\n    image: nginx:1.27\n";
        Assert.Equal(before, Fix("CL2015", before));
    }

    [Fact]
    public void RunAsNonRootIsAddedBesideANonRootUser()
    {
        var before = Head + "  - name: app\n    image: nginx:1.27\n    securityContext:\n      runAsUser: 10001\n";
        Assert.Equal(Head + "  - name: app\n    image: nginx:1.27\n    securityContext:\n      runAsUser: 10001\n      runAsNonRoot: true\n", Fix("CL2015", before));
    }

    [Fact]
    public void AllowPrivilegeEscalationFalseIsNotAddedToAPrivilegedContainer()
    {
        var before = Head + "  - name: app\n    image: nginx:1.27\n    securityContext:\n      privileged: true\n";
        Assert.Equal(before, Fix("CL2014", before));
    }

    [Theory]
    [InlineData("  - {name: app, image: nginx:1.27}\n")]
    [InlineData("  - name: app\n    image: nginx:1.27\n    securityContext: {runAsUser: 10001}\n")]
    public void FlowStyleMappingsAreLeftAlone(string container)
    {
        var before = Head + container;
        Assert.Equal(before, Fix("CL2014", before));
    }

    [Fact]
    public void AFileWithAnchorsIsLeftAlone()
    {
        var before = Head + "  - &app\n    name: app\n    image: nginx:1.27\n    securityContext:\n      runAsUser: 10001\n";
        Assert.Equal(before, Fix("CL2014", before));
    }

    [Fact]
    public void CrlfLineEndingsAreKeptAndTheRestIsByteIdentical()
    {
        var before = (Head + "  - name: app   # the web server\n    image: nginx:1.27\n    args:\n    - |\n      line one\n      line two\n").Replace("\n", "\r\n");
        var after = Fix("CL2014", before);
        // After the block scalar, which ends the container: the new lines end in CRLF like every other line.
        Assert.Equal(before + "    securityContext:\r\n      allowPrivilegeEscalation: false\r\n", after);
    }

    [Fact]
    public void EveryDefaultIsAddedToOneContainerOverSeveralPasses()
    {
        var before = Head + "  - name: app\n    image: nginx:1.27\n";
        IReadOnlyList<Model.Finding> Lint(string t) => RuleFixTests.Lint(t, "pod.yaml");
        var outcome = ContainerLint.Core.Fixes.FileFixer.Fix(before, Lint);
        Assert.Equal(
            Head + "  - name: app\n    image: nginx:1.27\n    securityContext:\n      allowPrivilegeEscalation: false\n      runAsNonRoot: true\n      seccompProfile:\n        type: RuntimeDefault\n      capabilities:\n        drop: [\"ALL\"]\n",
            outcome.Fixed);
        Assert.DoesNotContain(Lint(outcome.Fixed), f => f.RuleId is "CL2014" or "CL2015" or "CL2017" or "CL2018");
    }
}
