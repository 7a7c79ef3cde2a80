namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Rules;

/// <summary>
/// Workloads defined without any NetworkPolicy in the same file (CIS 5.3.2, NIST 4.3.3): reported
/// once per file, at the first workload, since policies usually ship beside the workloads they isolate.
/// </summary>
public sealed class NoNetworkPolicy : Rule<KubernetesFile>
{
    public override string Id => "CL2302";

    public override IEnumerable<RuleHit> Check(KubernetesFile document, RuleContext context)
    {
        if (document.Workloads.Count == 0 || document.OfKind("NetworkPolicy").Any()) yield break;
        var first = document.Workloads[0].Owner;
        yield return first.Hit(first.KindSpan, first.Kind, first.Name);
    }
}
