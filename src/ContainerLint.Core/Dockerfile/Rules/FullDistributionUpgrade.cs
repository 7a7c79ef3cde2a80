namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1037: a whole-distribution upgrade (apt-get upgrade/dist-upgrade, apk upgrade, yum/dnf update without packages, zypper dup).</summary>
public sealed class FullDistributionUpgrade : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.FullDistributionUpgrade;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        foreach (var pm in facts.Packages)
        {
            if (pm.Action == PackageAction.Upgrade) hits.Add(new RuleHit(pm.Span, pm.Display));
        }
    }
}
