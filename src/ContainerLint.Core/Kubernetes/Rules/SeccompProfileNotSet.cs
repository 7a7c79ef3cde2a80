namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>
/// PSS restricted "seccompProfile_restricted": every present profile must be RuntimeDefault or Localhost
/// (a pod-level Unconfined fails even when containers override it), and a container without its
/// own profile is covered only by a valid pod-level one. Windows pods are exempt.
/// </summary>
public sealed class SeccompProfileNotSet : WorkloadRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.SeccompProfileNotSet;

    protected override void Check(Workload workload, RuleContext context, RuleHitSink hits)
    {
        if (workload.IsWindows) return;
        var pod = workload.SecurityContext?.Find("seccompProfile");
        var podSet = pod is not null && pod.Value is not YamlScalar { IsNull: true };
        if (podSet && UnconfinedSeccompProfile.Invalid(pod!) is { } podSpan)
        {
            hits.Add(workload.Hit(podSpan, "The pod", "seccompProfile.type is " + UnconfinedSeccompProfile.TypeOf(pod!)));
        }

        foreach (var c in workload.Containers)
        {
            var own = c.SecurityContext?.Find("seccompProfile");
            if (own is not null && own.Value is not YamlScalar { IsNull: true })
            {
                if (UnconfinedSeccompProfile.Invalid(own) is { } span)
                {
                    hits.Add(c.Hit(span, $"Container '{c.Name}'", "seccompProfile.type is " + UnconfinedSeccompProfile.TypeOf(own)));
                }
            }
            else if (!podSet && !workload.IsPatch)
            {
                // The retired seccomp annotations must agree with the field (the API server checks): no fix beside them.
                var annotated = workload.Annotations?.Entries.Any(e => e.KeyText?.Contains("seccomp.security.alpha.kubernetes.io", StringComparison.Ordinal) == true) == true;
                hits.Add(c.Hit(c.SecurityContextAnchor, $"Container '{c.Name}'", "no seccompProfile is set on it or on the pod") with
                {
                    Fix = annotated ? null : SecurityContextFixes.AddField(c, "Set seccompProfile.type: RuntimeDefault", "seccompProfile", "type: RuntimeDefault"),
                });
            }
        }
    }
}
