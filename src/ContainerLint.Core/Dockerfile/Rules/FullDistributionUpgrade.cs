namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1037: a whole-distribution upgrade (apt-get upgrade/dist-upgrade, apk upgrade, yum/dnf update without packages, zypper dup).</summary>
public sealed class FullDistributionUpgrade : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.FullDistributionUpgrade;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context) =>
        facts.Packages.Where(pm => pm.Action == PackageAction.Upgrade).Select(pm => new RuleHit(pm.Span, pm.Display));
}
