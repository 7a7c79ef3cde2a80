namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>PSS baseline "windowsHostProcess": windowsOptions.hostProcess may not be true (pod or container).</summary>
public sealed class WindowsHostProcess : WorkloadRule
{
    public override string Id => "CL2011";

    protected override IEnumerable<RuleHit> Check(Workload workload, RuleContext context)
    {
        foreach (var (container, entry) in SecurityContextEntries(workload, "windowsOptions"))
        {
            if (entry.Value is YamlMapping w && w.GetBoolean("hostProcess") == true)
            {
                yield return HitOn(workload, container, w.Find("hostProcess")!.Value.Span, Where(container));
            }
        }
    }
}
