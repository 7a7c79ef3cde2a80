namespace ContainerLint.Core.Configuration;

using ContainerLint.Core.Kubernetes;
using ContainerLint.Core.Yaml;

/// <summary>
/// Reads the Kubernetes settings of <c>.containerlint.yaml</c>: <c>customResources</c> (custom resources that carry
/// pods) and <c>kubernetesVersion</c> (the cluster version the API-version rules judge against). Kept apart from
/// <see cref="ConfigurationFile"/> so the file's reader can change without touching these.
/// </summary>
/// <example>
/// <code>
/// kubernetesVersion: "1.29"
/// customResources:
///   - apiVersion: batch.volcano.sh/v1alpha1
///     kind: Job
///     podTemplate: spec.tasks[].template     # a PodTemplateSpec (metadata + spec)
///   - apiVersion: example.com/*              # every version of the group
///     kind: Runner
///     podSpec: spec.pod                      # a PodSpec
/// </code>
/// </example>
internal static class KubernetesSettingsReader
{
    public static IReadOnlyList<CustomResourcePods> CustomResources(string path, YamlNode node)
    {
        if (node is YamlScalar { IsNull: true }) return [];
        if (node is not YamlSequence seq) throw ConfigurationFile.Error(path, node, "expected a list of custom resources (apiVersion, kind, and podTemplate or podSpec)");
        var result = new List<CustomResourcePods>();
        foreach (var item in seq.Items)
        {
            if (item is not YamlMapping map) throw ConfigurationFile.Error(path, item, "expected a mapping with apiVersion, kind, and podTemplate or podSpec");
            string? apiVersion = null, kind = null;
            PodPath? pods = null;
            foreach (var (k, v) in map.Entries)
            {
                var key = k is YamlScalar ks ? ks.Value : throw ConfigurationFile.Error(path, k, "expected a key");
                var value = v is YamlScalar vs && !string.IsNullOrWhiteSpace(vs.Value) ? vs.Value.Trim() : throw ConfigurationFile.Error(path, v, $"expected a value for '{key}'");
                switch (key)
                {
                    case "apiVersion":
                        apiVersion = value;
                        break;
                    case "kind":
                        kind = value;
                        break;
                    case "podTemplate" or "podSpec":
                        if (pods is not null) throw ConfigurationFile.Error(path, k, "give either podTemplate or podSpec, not both");
                        pods = PodPath.Parse(value, key == "podTemplate", out var error) ?? throw ConfigurationFile.Error(path, v, error!);
                        break;
                    default:
                        throw ConfigurationFile.Error(path, k, $"unknown key '{key}' in a custom resource; known keys: apiVersion, kind, podTemplate, podSpec");
                }
            }

            if (apiVersion is null || kind is null || pods is null)
            {
                var missing = string.Join(", ", new[] { apiVersion is null ? "apiVersion" : null, kind is null ? "kind" : null, pods is null ? "podTemplate or podSpec" : null }.OfType<string>());
                throw ConfigurationFile.Error(path, map, "a custom resource needs " + missing);
            }

            result.Add(new CustomResourcePods(apiVersion, kind, pods));
        }

        return result;
    }

    public static KubernetesVersion Version(string path, YamlNode node)
    {
        var text = node is YamlScalar { IsNull: false } s ? s.Value : throw ConfigurationFile.Error(path, node, "expected a Kubernetes version such as \"1.29\"");
        return KubernetesVersion.Parse(text) is { Major: 1 } version
            ? version
            : throw ConfigurationFile.Error(path, node, $"bad Kubernetes version '{text}'; use a release such as \"1.29\" (quoted, so YAML keeps it text)");
    }
}
