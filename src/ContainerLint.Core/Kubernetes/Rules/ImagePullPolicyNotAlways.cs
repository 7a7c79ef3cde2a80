namespace ContainerLint.Core.Kubernetes.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Images;
using ContainerLint.Core.Rules;

/// <summary>
/// imagePullPolicy other than Always lets a node run a stale cached image (CIS Docker 5.28); off by default.
/// A digest-pinned image cannot go stale, so Always gains nothing there.
/// </summary>
public sealed class ImagePullPolicyNotAlways : ContainerRule
{
    public override RuleMetadata Descriptor => RuleDescriptors.ImagePullPolicyNotAlways;

    protected override void Check(ContainerView c, RuleContext context, RuleHitSink hits)
    {
        if (c.ParsedImage is { HasDigest: true }) return;
        var policy = c.Node.GetScalar("imagePullPolicy");
        if (policy?.Value == "Always" || policy is null && c.Workload.IsPatch) return;
        hits.Add(c.Hit(policy?.Span ?? c.Anchor, c.Name, policy?.Value ?? "unset"));
    }
}
