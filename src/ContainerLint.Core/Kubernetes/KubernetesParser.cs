namespace ContainerLint.Core.Kubernetes;

using ContainerLint.Core.Engine;
using ContainerLint.Core.Model;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>Reads a manifest file into <see cref="KubernetesFile"/>: objects, List items and workload views; never throws.</summary>
public static class KubernetesParser
{
    public const string IgnoreAnnotation = "containerlint.io/ignore";

    /// <summary>Prefix of the per-container annotation <c>containerlint.io/ignore.&lt;container&gt;</c>.</summary>
    public const string ContainerIgnorePrefix = "containerlint.io/ignore.";

    private const int MaxListNesting = 8;

    public static ParsedDocument<KubernetesFile> Parse(LintInput input)
    {
        var yaml = YamlStream.Load(input.Text);
        if (HelmTemplate.Find(yaml) is { } template)
        {
            // One note, nothing else: a template is not a manifest.
            return new ParsedDocument<KubernetesFile>(null, [new RuleHit(template) { RuleIdOverride = DiagnosticIds.UnrenderedTemplate }], []);
        }

        var diagnostics = new List<RuleHit>(yaml.Diagnostics);
        var objects = new List<KubeObject>();
        var workloads = new List<Workload>();
        foreach (var document in yaml.Documents)
        {
            if (document.Root is YamlMapping root) Collect(root, input.IsKustomizePatch, objects, workloads, diagnostics, 0);
        }

        var suppressions = new List<Suppression>(YamlSuppressions.FromComments(yaml, diagnostics));
        foreach (var o in objects) AddAnnotationSuppressions(o, suppressions);
        var file = new KubernetesFile(yaml, objects, workloads);
        var skipped = objects.Count == 0 && diagnostics.Count == 0;
        return new ParsedDocument<KubernetesFile>(file, diagnostics, suppressions) { Skipped = skipped };
    }

    private static void Collect(YamlMapping node, bool isPatch, List<KubeObject> objects, List<Workload> workloads, List<RuleHit> diagnostics, int depth)
    {
        if (node.GetString("apiVersion") is not { } apiVersion || node.GetString("kind") is not { } kind) return;

        // kustomization.yaml (Kustomization, Component) carries apiVersion and kind but is build input, not a cluster object.
        if (apiVersion.StartsWith("kustomize.config.k8s.io/", StringComparison.Ordinal)) return;
        if (kind.EndsWith("List", StringComparison.Ordinal) && node["items"] is { } items)
        {
            if (items is not YamlSequence seq)
            {
                diagnostics.Add(TypeError("items", "a list", items));
                return;
            }

            if (depth >= MaxListNesting) return;
            foreach (var item in seq.Items)
            {
                if (item is YamlMapping m) Collect(m, isPatch, objects, workloads, diagnostics, depth + 1);
            }

            return;
        }

        var obj = new KubeObject(node, apiVersion, kind) { IsPatch = isPatch };
        var first = workloads.Count;
        if (node["metadata"] is { } metadata and not YamlMapping && metadata is not YamlScalar { IsNull: true }) diagnostics.Add(TypeError("metadata", "a mapping", metadata));
        workloads.AddRange(PodSources.BuiltIn(obj, diagnostics));

        // Every object that runs a pod names an image for each container: pods without a single image are a patch.
        if (workloads.Count > first && !NamesAnImage(workloads, first)) obj.IsPatch = true;
        objects.Add(obj);
    }

    private static bool NamesAnImage(List<Workload> workloads, int from)
    {
        for (var i = from; i < workloads.Count; i++)
        {
            var containers = workloads[i].Containers;
            for (var j = 0; j < containers.Count; j++)
            {
                if (containers[j].ImageNode is not null) return true;
            }
        }

        return false;
    }

    internal static RuleHit TypeError(string field, string expected, YamlNode actual) =>
        new(actual.Span, field, expected, Describe(actual)) { RuleIdOverride = DiagnosticIds.UnexpectedType };

    private static string Describe(YamlNode node) => node switch
    {
        YamlMapping => "a mapping",
        YamlSequence => "a list",
        YamlScalar s => $"the scalar '{(s.Value.Length > 40 ? s.Value[..40] + "…" : s.Value)}'",
        _ => "something else",
    };

    private static void AddAnnotationSuppressions(KubeObject obj, List<Suppression> into)
    {
        if (obj.Annotations is null) return;
        foreach (var entry in obj.Annotations.Entries)
        {
            if (entry.KeyText is not { } key || entry.Value is not YamlScalar value) continue;
            string? container = null;
            if (key.StartsWith(ContainerIgnorePrefix, StringComparison.Ordinal)) container = key[ContainerIgnorePrefix.Length..];
            else if (key != IgnoreAnnotation) continue;
            var (list, reason) = SplitReason(value.Value);
            var ids = YamlSuppressions.ParseIds(list);
            if (ids.Count == 0) continue;
            into.Add(new Suppression(ids, obj.Span.Line, obj.Span.EndLine, reason, entry.Span) { Container = container });
        }
    }

    private static (string Ids, string? Reason) SplitReason(string value)
    {
        var i = value.IndexOf("--", StringComparison.Ordinal);
        return i < 0 ? (value, null) : (value[..i], value[(i + 2)..].Trim());
    }
}
