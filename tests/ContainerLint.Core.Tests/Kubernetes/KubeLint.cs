namespace ContainerLint.Core.Tests.Kubernetes;

using ContainerLint.Core.Configuration;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Tests.Dockerfile.Rules;
using ContainerLint.Core.Text;

/// <summary>Test helpers: lint a manifest snippet through the real engine, and wrap a Pod in the controller kinds.</summary>
internal static class KubeLint
{
    private static readonly LintEngine Engine = LintEngine.CreateDefault();

    public static IReadOnlyList<Finding> Run(string text, string policy = Policies.All, FileKind kind = FileKind.Kubernetes, string path = "test.yaml", LintConfiguration? configuration = null) =>
        Engine.Lint(new LintInput(path, new SourceText(text)), kind, (configuration ?? LintConfiguration.Default) with { Policy = policy }).Findings;

    /// <summary>
    /// Asserts that <paramref name="ruleId"/> reports exactly the spans marked <c>{|ruleId:…|}</c> in <paramref name="markup"/>
    /// (unsuppressed findings, policy <c>all</c> unless <paramref name="policy"/> says otherwise).
    /// </summary>
    public static void Verify(string ruleId, string markup, string policy = Policies.All, LintConfiguration? configuration = null, string path = "test.yaml")
    {
        var (source, expected) = Markup.Parse(markup);
        Assert.All(expected, e => Assert.Equal(ruleId, e.RuleId));
        var actual = Run(source, policy, path: path, configuration: configuration)
            .Where(f => f.RuleId == ruleId && !f.Suppressed)
            .Select(f => $"{f.RuleId}@{f.Span}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected.Select(e => $"{e.RuleId}@{e.Span}").Order(StringComparer.Ordinal), actual);
    }

    /// <summary>Unsuppressed findings of one rule.</summary>
    public static Finding[] Findings(string ruleId, string text, string policy = Policies.All, LintConfiguration? configuration = null, string path = "test.yaml") =>
        Run(text, policy, path: path, configuration: configuration).Where(f => f.RuleId == ruleId && !f.Suppressed).ToArray();

    /// <summary>Indents every line of <paramref name="text"/> by <paramref name="spaces"/>.</summary>
    public static string Indent(string text, int spaces) =>
        string.Join("\n", text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n').Select(l => l.Length == 0 ? l : new string(' ', spaces) + l)) + "\n";

    /// <summary>Wraps a Pod document as the pod template of <paramref name="kind"/> (a core kind or one of <see cref="CustomResourcePodKinds"/>).</summary>
    public static string Wrap(string pod, string kind) => kind switch
    {
        "Pod" => pod,
        "PodTemplate" => "apiVersion: v1\nkind: PodTemplate\nmetadata:\n  name: wrapped\ntemplate:\n" + Indent(pod, 2),
        "CronJob" => "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: wrapped\nspec:\n  schedule: \"* * * * *\"\n  jobTemplate:\n    spec:\n      template:\n" + Indent(pod, 8),
        "Rollout" => "apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: wrapped\nspec:\n  template:\n" + Indent(pod, 4),
        "Service" or "Configuration" => $"apiVersion: serving.knative.dev/v1\nkind: {kind}\nmetadata:\n  name: wrapped\nspec:\n  template:\n" + Indent(pod, 4),
        "ScaledJob" => "apiVersion: keda.sh/v1alpha1\nkind: ScaledJob\nmetadata:\n  name: wrapped\nspec:\n  jobTargetRef:\n    template:\n" + Indent(pod, 6),
        "CloneSet" => "apiVersion: apps.kruise.io/v1alpha1\nkind: CloneSet\nmetadata:\n  name: wrapped\nspec:\n  template:\n" + Indent(pod, 4),
        _ => $"apiVersion: apps/v1\nkind: {kind}\nmetadata:\n  name: wrapped\nspec:\n  selector:\n    matchLabels:\n      app: x\n  template:\n" + Indent(pod, 4),
    };

    public static readonly string[] PodKinds = ["Pod", "PodTemplate", "ReplicationController", "ReplicaSet", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob"];

    /// <summary>Custom resources whose pod is a template at one path (Argo Rollout, Knative Service and Configuration, KEDA ScaledJob, OpenKruise CloneSet).</summary>
    public static readonly string[] CustomResourcePodKinds = ["Rollout", "Service", "Configuration", "ScaledJob", "CloneSet"];
}
