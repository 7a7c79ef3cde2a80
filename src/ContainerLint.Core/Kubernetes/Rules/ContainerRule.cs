namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Rules;

/// <summary>A rule over every container of every pod.</summary>
public abstract class ContainerRule : WorkloadRule
{
    protected sealed override IEnumerable<RuleHit> Check(Workload workload, RuleContext context) =>
        workload.Containers.SelectMany(c => Check(c, context));

    protected abstract IEnumerable<RuleHit> Check(ContainerView container, RuleContext context);
}
