namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Rules;

/// <summary>CL1048: pip, global npm/yarn/pnpm, gem, go, Chocolatey and PowerShell Gallery packages installed without a version.</summary>
public sealed class LanguagePackageNotPinned : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.LanguagePackageNotPinned;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits) =>
        UnpinnedPackageVersions.Unpinned(facts, distribution: false, hits);
}
