namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>PSS restricted "runAsUser": runAsUser 0 at pod level or in any container fails (skipped for hostUsers: false).</summary>
public sealed class RunsAsRootUser : WorkloadRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.RunsAsRootUser;

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        if (workload.UsesUserNamespace) return;
        foreach (var (container, entry) in SecurityContextEntries(workload, "runAsUser"))
        {
            if (entry.Value is Yaml.YamlScalar s && s.AsInteger() == 0) hits.Add(HitOn(workload, container, s.Span, Where(container)));
        }
    }
}
