namespace ContainerLint.Core.Tests.Kubernetes;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Kubernetes;
using ContainerLint.Core.Model;
using ContainerLint.Core.Text;

/// <summary>
/// Issue #13, class 10: files a kustomization lists as patches are fragments, not objects. They are linted for what they
/// set, never for what they leave to their base (a wall of "X not set" findings before).
/// </summary>
public sealed class KustomizePatchTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("containerlint-kustomize-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>A strategic-merge patch of the usual shape: replicas and one container's arguments, nothing about security.</summary>
    private const string Patch = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 3
          template:
            spec:
              containers:
                - name: web
                  args: [--verbose]
        ---
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
          annotations: {team: web}
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
          annotations: {nginx.ingress.kubernetes.io/proxy-body-size: 8m}
        """;

    private const string Base = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              containers:
                - name: web
                  image: registry.example.com/web:1.0
        """;

    private static IReadOnlyList<Finding> LintFragment(string text, bool isPatch) =>
        LintEngine.CreateDefault().Lint(new LintInput("patch.yaml", new SourceText(text)) { IsKustomizePatch = isPatch }, FileKind.Kubernetes, LintConfiguration.Default with { Policy = Policies.All }).Findings;

    /// <summary>The patch with an image, as a patch may also set one: then only the kustomization says it is a fragment.</summary>
    private static readonly string PatchWithImage = Patch.Replace("args: [--verbose]", "args: [--verbose]\n          image: registry.example.com/web:1.1@sha256:2a9865e55c37293b71df051922022898d8e4ec0f579c9b53a0caee1e170bc81c", StringComparison.Ordinal);

    [Fact]
    public void AFragmentIsNotReportedForWhatItLeavesToItsBase()
    {
        // The same text as a whole object is a wall of absence findings; as a fragment, nothing.
        Assert.True(LintFragment(PatchWithImage, isPatch: false).Count >= 10);
        var findings = LintFragment(PatchWithImage, isPatch: true);
        Assert.True(findings.Count == 0, string.Join("\n", findings.Select(f => f.RuleId + " " + f.Message)));
    }

    [Fact]
    public void PodsThatNameNoImageAreAFragmentWithoutAKustomization()
    {
        // No whole object can leave every container's image out: the file is a patch whatever lists it (or nothing does).
        var findings = LintFragment(Patch.Replace("args: [--verbose]", "args: [--verbose]\n          securityContext: {privileged: true}", StringComparison.Ordinal), isPatch: false);
        Assert.Equal(["CL2001"], findings.Where(f => f.Object!.StartsWith("Deployment/", StringComparison.Ordinal)).Select(f => f.RuleId));
    }

    [Fact]
    public void AFragmentIsReportedForWhatItSets()
    {
        var risky = Patch
            .Replace("args: [--verbose]", "args: [--verbose]\n          securityContext:\n            privileged: true\n            readOnlyRootFilesystem: false\n            capabilities: {drop: [NET_ADMIN]}", StringComparison.Ordinal)
            .Replace("      containers:", "      hostNetwork: true\n      serviceAccountName: default\n      containers:", StringComparison.Ordinal);
        var ids = LintFragment(risky, isPatch: true).Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["CL2001", "CL2002", "CL2018", "CL2101", "CL2110"], ids);
    }

    [Fact]
    public void TheKustomizationsPatchEntriesNameTheFragments()
    {
        const string kustomization = """
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources: [../base]
            patchesStrategicMerge:
              - replicas.yaml
              - |-
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: inline}
            patches:
              - path: patches/probes.yaml
                target: {kind: Deployment}
              - patch: |-
                  - op: add
                    path: /spec/replicas
                    value: 2
            patchesJson6902:
              - target: {group: apps, version: v1, kind: Deployment, name: web}
                path: json/ops.yaml
            """;
        var files = KustomizePatches.PatchFiles("/repo/overlay", kustomization);
        Assert.Equal(["/repo/overlay/json/ops.yaml", "/repo/overlay/patches/probes.yaml", "/repo/overlay/replicas.yaml"], files.Order(StringComparer.Ordinal));
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void TheRunnerRecognisesFragmentsFromTheKustomizationAboveThem()
    {
        var baseFile = Write("base/deployment.yaml", Base);
        Write("base/kustomization.yaml", "resources: [deployment.yaml]\n");
        Write("overlays/prod/kustomization.yaml", "resources: [../../base]\npatches:\n  - path: patches/web.yaml\n");
        var patchFile = Write("overlays/prod/patches/web.yaml", Patch);
        var stray = Write("overlays/prod/patches/not-listed.yaml", Patch);

        var index = new KustomizePatches();
        Assert.True(index.IsPatch(patchFile));
        Assert.False(index.IsPatch(baseFile));
        Assert.False(index.IsPatch(stray));
        Assert.False(index.IsPatch(null));

        File.WriteAllText(patchFile, PatchWithImage);
        File.WriteAllText(stray, PatchWithImage);
        var runner = new LintRunner(LintEngine.CreateDefault(), _ => LintConfiguration.Default);
        var results = runner.Run([new LintTarget(baseFile, "base/deployment.yaml"), new LintTarget(patchFile, "overlays/prod/patches/web.yaml"), new LintTarget(stray, "stray.yaml")]);
        Assert.NotEmpty(results[0].Findings);
        Assert.Empty(results[1].Findings);
        Assert.NotEmpty(results[2].Findings);
    }

    [Fact]
    public void AnUnreadableOrBrokenKustomizationMakesNothingAFragment()
    {
        Write("app/kustomization.yaml", "patches: [ {path: x.yaml\n");
        var file = Write("app/x.yaml", Patch);
        Assert.False(new KustomizePatches().IsPatch(file));
    }
}
