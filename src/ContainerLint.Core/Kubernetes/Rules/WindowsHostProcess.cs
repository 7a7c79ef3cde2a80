namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>PSS baseline "windowsHostProcess": windowsOptions.hostProcess may not be true (pod or container).</summary>
public sealed class WindowsHostProcess : WorkloadRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.WindowsHostProcess;

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        foreach (var (container, entry) in SecurityContextEntries(workload, "windowsOptions"))
        {
            if (entry.Value is YamlMapping w && w.GetBoolean("hostProcess") == true)
            {
                hits.Add(HitOn(workload, container, w.Find("hostProcess")!.Value.Span, Where(container)));
            }
        }
    }
}
