namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>
/// runAsUser or runAsGroup (pod or container) between 1 and 9999: an identity that may also exist on the node, so a
/// process that escapes its container acts as that host user (trivy KSV-0020/0021, CIS 5.7.3). 0 is the root rules'
/// finding (CL2016, CL2123); a pod in a user namespace (hostUsers: false) maps its IDs away from the host's.
/// </summary>
public sealed class LowUserOrGroupId : WorkloadRule
{
    /// <summary>The lowest ID that is not the range distributions give to system and login users.</summary>
    public const long Lowest = 10000;

    private static readonly string[] Keys = ["runAsUser", "runAsGroup"];

    public override RuleMetadata Descriptor => RuleDescriptors.LowUserOrGroupId;

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        if (workload.UsesUserNamespace || workload.IsWindows) return;
        foreach (var key in Keys)
        {
            foreach (var (container, entry) in SecurityContextEntries(workload, key))
            {
                if (entry.Value is YamlScalar s && s.AsInteger() is > 0 and < Lowest) hits.Add(HitOn(workload, container, s.Span, Where(container), key, s.Value));
            }
        }
    }
}
