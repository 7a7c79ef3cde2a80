namespace ContainerLint.Core.Tests.Kubernetes;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Configuration;
using ContainerLint.Core.Kubernetes;

/// <summary>
/// Issue #16, item 1: custom resources that carry pods. The well-known ones are built in; users declare their own in
/// .containerlint.yaml. Every pod rule, PSS included, applies with exact spans (PssConformanceTests also runs every
/// fixture wrapped in the template-based custom resources).
/// </summary>
public sealed class CustomResourceTests
{
    [Fact]
    public void AnArgoRolloutWithAPrivilegedContainerIsReported()
    {
        // The example: before, a Rollout produced no finding at all.
        const string rollout = """
            apiVersion: argoproj.io/v1alpha1
            kind: Rollout
            metadata:
              name: web
              namespace: shop
            spec:
              strategy:
                canary: {steps: [{setWeight: 20}]}
              template:
                spec:
                  containers:
                    - name: web
                      image: registry.example.com/web:1.0
                      securityContext:
                        privileged: {|CL2001:true|}
            """;
        KubeLint.Verify("CL2001", rollout, Policies.PssBaseline);
        var hit = Assert.Single(KubeLint.Findings("CL2001", Plain(rollout), Policies.PssBaseline));
        Assert.Equal("Rollout/shop/web", hit.Object);
        Assert.Equal("web", hit.Container);
    }

    [Theory]
    [InlineData("serving.knative.dev/v1", "Service", "spec:\n  template:\n", 4)]
    [InlineData("serving.knative.dev/v1", "Configuration", "spec:\n  template:\n", 4)]
    [InlineData("keda.sh/v1alpha1", "ScaledJob", "spec:\n  jobTargetRef:\n    template:\n", 6)]
    [InlineData("apps.kruise.io/v1alpha1", "CloneSet", "spec:\n  template:\n", 4)]
    [InlineData("apps.kruise.io/v1alpha1", "BroadcastJob", "spec:\n  template:\n", 4)]
    public void TemplateBasedCustomResourcesCarryPods(string apiVersion, string kind, string path, int indent)
    {
        var pod = "spec:\n  hostNetwork: true\n  containers:\n    - name: app\n      image: r.example/app:1.0\n      securityContext: {privileged: {|CL2001:true|}}\n";
        var text = $"apiVersion: {apiVersion}\nkind: {kind}\nmetadata:\n  name: x\n  namespace: shop\n" + path + KubeLint.Indent(pod, indent);
        KubeLint.Verify("CL2001", text, Policies.PssBaseline);
        var findings = KubeLint.Run(Plain(text), Policies.PssBaseline);
        Assert.Equal(SpanOf(Plain(text), "hostNetwork: true", "true"), Assert.Single(findings, f => f.RuleId == "CL2002").Span);
        Assert.All(findings, f => Assert.Equal($"{kind}/shop/x", f.Object));
    }

    [Fact]
    public void AKindOfTheSameNameInAnotherGroupCarriesNoPod()
    {
        const string other = "apiVersion: example.com/v1\nkind: Rollout\nmetadata:\n  name: x\nspec:\n  template:\n    spec:\n      containers:\n        - name: a\n          image: r.example/a:1\n          securityContext: {privileged: true}\n";
        Assert.Empty(KubeLint.Run(other, Policies.PssBaseline));
    }

    private const string Workflow = """
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata:
          generateName: ci-
          namespace: ci
        spec:
          entrypoint: main
          serviceAccountName: ci-runner
          hostNetwork: true
          securityContext:
            runAsNonRoot: true
          volumes:
            - name: docker
              hostPath: {path: /var/run/docker.sock}
          templates:
            - name: main
              steps:
                - - {name: build, template: build}
            - name: build
              volumes:
                - name: host
                  hostPath: {path: /etc}
              initContainers:
                - name: fetch
                  image: r.example/fetch:1.0
                  securityContext: {privileged: true}
              container:
                image: r.example/builder:1.0
                securityContext: {privileged: true}
              sidecars:
                - name: dind
                  image: docker:27-dind
                  securityContext: {privileged: true}
            - name: report
              securityContext:
                runAsNonRoot: false
              script:
                image: r.example/report:1.0
                securityContext: {privileged: true}
                source: echo done
            - name: fan-out
              containerSet:
                containers:
                  - name: a
                    image: r.example/a:1.0
                    securityContext: {privileged: true}
        """;

    [Theory]
    // The workflow's hostNetwork and docker socket reach each of its three container templates (main only has steps).
    [InlineData("CL2002", "hostNetwork: true", "true", 3)]
    [InlineData("CL2114", "{path: /var/run/docker.sock}", "/var/run/docker.sock", 3)]
    // The build template's own volume.
    [InlineData("CL2115", "{path: /etc}", "/etc", 1)]
    // The report template overrides the workflow's runAsNonRoot: true with false (its container, which leaves it unset,
    // is reported on its own spot too).
    [InlineData("CL2015", "runAsNonRoot: false", "false", 1)]
    public void EachArgoContainerTemplateIsAPodWithTheWorkflowsSettingsOverlaidByItsOwn(string ruleId, string context, string value, int times)
    {
        var expected = SpanOf(Workflow, context, value);
        Assert.Equal(times, KubeLint.Findings(ruleId, Workflow).Count(f => f.Span == expected));
    }

    [Fact]
    public void EveryArgoContainerIsLinted()
    {
        var findings = KubeLint.Findings("CL2001", Workflow, Policies.PssBaseline);
        Assert.Equal(5, findings.Length);
        Assert.Equal(5, findings.Select(f => f.Span).Distinct().Count());
        Assert.All(findings, f => Assert.Contains("{privileged: true}", Line(Workflow, f.Span.Line), StringComparison.Ordinal));
    }

    [Fact]
    public void ArgoContainersAreNamedAfterTheirTemplateAndTheObjectIsTheWorkflow()
    {
        var findings = KubeLint.Findings("CL2001", Workflow, Policies.PssBaseline);
        Assert.Equal(["a", "build", "dind", "fetch", "report"], findings.Select(f => f.Container!).Order(StringComparer.Ordinal));
        Assert.All(findings, f => Assert.Equal("Workflow/ci/ci-", f.Object));
    }

    [Fact]
    public void ArgoWorkflowPodsNeedTheirTokenForTheExecutor() =>
        Assert.Empty(KubeLint.Findings("CL2109", Workflow));

    [Theory]
    [InlineData("CronWorkflow", "spec:\n  schedule: \"0 2 * * *\"\n  workflowSpec:\n", 4)]
    [InlineData("WorkflowTemplate", "spec:\n", 2)]
    [InlineData("ClusterWorkflowTemplate", "spec:\n", 2)]
    public void EveryArgoWorkflowKindCarriesPods(string kind, string head, int indent)
    {
        var spec = "entrypoint: main\ntemplates:\n  - name: main\n    container:\n      image: r.example/a:1.0\n      securityContext: {privileged: {|CL2001:true|}}\n";
        KubeLint.Verify("CL2001", $"apiVersion: argoproj.io/v1alpha1\nkind: {kind}\nmetadata:\n  name: nightly\n  namespace: ci\n" + head + KubeLint.Indent(spec, indent), Policies.PssBaseline);
    }

    [Fact]
    public void AClusterWorkflowTemplateIsClusterScoped()
    {
        var text = "apiVersion: argoproj.io/v1alpha1\nkind: ClusterWorkflowTemplate\nmetadata:\n  name: t\nspec:\n  templates:\n    - name: main\n      container:\n        image: r.example/a:1.0\n        securityContext: {privileged: true}\n";
        Assert.Equal("ClusterWorkflowTemplate/-/t", Assert.Single(KubeLint.Run(text, Policies.PssBaseline)).Object);
    }

    private const string Volcano = """
        apiVersion: batch.volcano.sh/v1alpha1
        kind: Job
        metadata:
          name: train
          namespace: ml
        spec:
          tasks:
            - name: ps
              template:
                spec:
                  containers:
                    - name: ps
                      image: r.example/ps:1.0
                      securityContext: {privileged: true}
            - name: worker
              template:
                spec:
                  hostPID: true
                  containers:
                    - name: worker
                      image: r.example/worker:1.0
        """;

    [Fact]
    public void UsersDeclareTheirOwnCustomResourcesWithAPathToThePodTemplate()
    {
        // Without the declaration, Volcano's Job (spec.tasks[].template) is not a pod kind: nothing is reported.
        Assert.Empty(KubeLint.Run(Volcano, Policies.PssBaseline));
        var declared = new CustomResourcePods("batch.volcano.sh/*", "Job", PodPath.Parse("spec.tasks[].template", isTemplate: true, out _)!);
        var configuration = LintConfiguration.Default with { CustomResources = [declared] };
        var findings = KubeLint.Run(Volcano, Policies.PssBaseline, configuration: configuration);
        Assert.Equal(SpanOf(Volcano, "{privileged: true}", "true"), Assert.Single(findings, f => f.RuleId == "CL2001").Span);
        Assert.Equal(SpanOf(Volcano, "hostPID: true", "true"), Assert.Single(findings, f => f.RuleId == "CL2002").Span);
        Assert.All(findings, f => Assert.Equal("Job/ml/train", f.Object));
    }

    [Fact]
    public void ADeclaredPodSpecPathAndAnExactApiVersionWork()
    {
        const string runner = "apiVersion: example.com/v2\nkind: Runner\nmetadata:\n  name: r\n  namespace: ci\nspec:\n  pod:\n    containers:\n      - name: c\n        image: r.example/c:1.0\n        securityContext: {privileged: {|CL2001:true|}}\n";
        var declared = new CustomResourcePods("example.com/v2", "Runner", PodPath.Parse("spec.pod", isTemplate: false, out _)!);
        KubeLint.Verify("CL2001", runner, Policies.PssBaseline, LintConfiguration.Default with { CustomResources = [declared] });
        var otherVersion = new CustomResourcePods("example.com/v1", "Runner", declared.Path);
        Assert.Empty(KubeLint.Run(Plain(runner), Policies.PssBaseline, configuration: LintConfiguration.Default with { CustomResources = [otherVersion] }));
    }

    [Fact]
    public void ADeclarationDoesNotDoubleTheBuiltInPods()
    {
        var rollout = "apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: w\nspec:\n  template:\n    spec:\n      containers:\n        - name: c\n          image: r.example/c:1.0\n          securityContext: {privileged: true}\n";
        var declared = new CustomResourcePods("argoproj.io/*", "Rollout", PodPath.Parse("spec.template", isTemplate: true, out _)!);
        Assert.Single(KubeLint.Run(rollout, Policies.PssBaseline, configuration: LintConfiguration.Default with { CustomResources = [declared] }));
    }

    [Fact]
    public void TheConfigurationFileDeclaresCustomResources()
    {
        var file = ConfigurationFile.Parse(
            "customResources:\n  - apiVersion: batch.volcano.sh/*\n    kind: Job\n    podTemplate: spec.tasks[].template\n  - apiVersion: example.com/v2\n    kind: Runner\n    podSpec: spec.pod\n",
            "/repo/.containerlint.yaml", RuleCatalog.Default);
        var merged = ConfigurationResolver.Merge(file, new ConfigurationOverrides());
        Assert.Equal(2, merged.CustomResources.Count);
        Assert.Equal("spec.tasks[].template", merged.CustomResources[0].Path.ToString());
        Assert.True(merged.CustomResources[0].Path.IsTemplate);
        Assert.False(merged.CustomResources[1].Path.IsTemplate);
        Assert.Equal(2, KubeLint.Run(Volcano, Policies.PssBaseline, configuration: merged).Count);
    }

    [Theory]
    [InlineData("customResources:\n  - apiVersion: x/v1\n    kind: X\n", "(2,5): a custom resource needs podTemplate or podSpec")]
    [InlineData("customResources:\n  - kind: X\n    podSpec: spec\n", "(2,5): a custom resource needs apiVersion")]
    [InlineData("customResources:\n  - apiVersion: x/v1\n    kind: X\n    podSpec: spec.pod\n    podTemplate: spec.t\n", "(5,5): give either podTemplate or podSpec")]
    [InlineData("customResources:\n  - apiVersion: x/v1\n    kind: X\n    podSpec: \"spec..pod\"\n", "(4,14): 'spec..pod' is not a path of keys")]
    [InlineData("customResources:\n  - apiVersion: x/v1\n    kind: X\n    path: spec\n", "(4,5): unknown key 'path' in a custom resource")]
    [InlineData("customResources: {kind: X}\n", "(1,18): expected a list of custom resources")]
    public void ABadDeclarationIsAnErrorNamingFileAndLine(string yaml, string expected)
    {
        var ex = Assert.Throws<ConfigurationException>(() => ConfigurationFile.Parse(yaml, "/repo/.containerlint.yaml", RuleCatalog.Default));
        Assert.Contains("/repo/.containerlint.yaml" + expected, ex.Message);
    }

    private static string Plain(string markup) => Tests.Dockerfile.Rules.Markup.Parse(markup).Source;

    /// <summary>The span of <paramref name="value"/> inside the first occurrence of <paramref name="context"/>.</summary>
    private static Model.SourceSpan SpanOf(string text, string context, string value)
    {
        var at = text.IndexOf(context, StringComparison.Ordinal);
        Assert.True(at >= 0, context);
        var start = text.IndexOf(value, at, StringComparison.Ordinal);
        return new Core.Text.SourceText(text).GetSpan(start, start + value.Length);
    }

    private static string Line(string text, int line) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')[line - 1];
}
