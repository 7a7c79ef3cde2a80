namespace ContainerLint.Core.CrossFile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>
/// Workloads in a namespace no NetworkPolicy of the linted set covers (CIS 5.3.2, NIST 4.3.3):
/// reported once per manifest file, at its first such workload. Policies often ship in their own
/// file, so the whole set counts, not just the workload's file.
/// </summary>
public sealed class NoNetworkPolicy : CrossFileRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.NoNetworkPolicy;

    public override IEnumerable<CrossFileHit> Check(CrossFileSet set)
    {
        var covered = set.OfType<KubernetesFacts>().SelectMany(f => f.NetworkPolicyNamespaces).ToHashSet(StringComparer.Ordinal);
        foreach (var file in set.OfType<KubernetesFacts>())
        {
            if (file.Workloads.FirstOrDefault(w => !covered.Contains(w.Namespace)) is not { } first) continue;
            yield return new CrossFileHit(file, new RuleHit(first.KindSpan, first.Kind, first.Name, first.Namespace) { Object = first.Reference });
        }
    }
}
