namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Rules;

/// <summary>A rule over every container of every pod.</summary>
public abstract class ContainerRule : WorkloadRule
{
    protected sealed override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        var containers = workload.Containers;
        for (var i = 0; i < containers.Count; i++) Check(containers[i], context, hits);
    }

    /// <summary>Adds the hits for one container to <paramref name="hits"/>.</summary>
    protected abstract void Check(ContainerView container, RuleContext context, RuleHitSink hits);
}
