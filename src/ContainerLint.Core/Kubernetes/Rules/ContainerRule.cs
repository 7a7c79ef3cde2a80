namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Rules;

/// <summary>A rule over every container of every pod.</summary>
public abstract class ContainerRule : WorkloadRule
{
    protected sealed override IEnumerable<RuleHit> Check(Workload workload, RuleContext context)
    {
        var containers = workload.Containers;
        for (var i = 0; i < containers.Count; i++)
        {
            foreach (var hit in Check(containers[i], context)) yield return hit;
        }
    }

    protected abstract IEnumerable<RuleHit> Check(ContainerView container, RuleContext context);
}
