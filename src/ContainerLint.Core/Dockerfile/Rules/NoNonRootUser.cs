namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Knowledge;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1010: the built stage has no USER (nor one inherited from a stage it is built FROM) and its base image runs as root
/// (the one table of images that do not: <see cref="Images.ImageDefaults"/>), so the container starts as root. Artifact stages
/// and operating-system base images (<see cref="ImagePurpose"/>) are not reported: they are not run as they are.
/// </summary>
public sealed class NoNonRootUser : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.NoNonRootUser;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context)
    {
        if (facts.Final is not { User: { UserInstruction: null, Kind: UserKind.Root }, Purpose: ImagePurpose.Runtime } final) yield break;
        yield return new RuleHit(final.Stage.BaseImage.Span, final.Stage.BaseImage.Value);
    }
}
