namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>PSS baseline "seLinuxOptions": type empty or a container_* type; user and role empty.</summary>
public sealed class CustomSeLinuxOptions : WorkloadRule
{
    private static readonly HashSet<string> AllowedTypes = new(StringComparer.Ordinal)
    {
        "", "container_t", "container_init_t", "container_kvm_t", "container_engine_t",
    };

    public override RuleMetadata Descriptor => RuleDescriptors.CustomSeLinuxOptions;

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        foreach (var (container, entry) in SecurityContextEntries(workload, "seLinuxOptions"))
        {
            if (entry.Value is not YamlMapping options) continue;
            if (options.Find("type") is { } type && !AllowedTypes.Contains(options.GetString("type") ?? ""))
            {
                hits.Add(HitOn(workload, container, type.Value.Span, Where(container), "type", options.GetString("type") ?? ""));
            }

            foreach (var key in new[] { "user", "role" })
            {
                if (options.Find(key) is { } e && !string.IsNullOrEmpty(options.GetString(key)))
                {
                    hits.Add(HitOn(workload, container, e.Value.Span, Where(container), key, options.GetString(key)!));
                }
            }
        }
    }
}
