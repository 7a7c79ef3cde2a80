namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Knowledge;
using ContainerLint.Core.Rules;

/// <summary>CL1011: the last USER of the built stage is root (root in a build stage is fine).</summary>
public sealed class FinalUserIsRoot : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.FinalUserIsRoot;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        if (facts.Final is not { Purpose: not ImagePurpose.Development, StepsDownAtRuntime: false } final) return;
        if (final.User is { UserInstruction: not null, Kind: UserKind.Root, Value: { } value } user)
        {
            hits.Add(new RuleHit(user.Span, value, final.IsWindows ? "the Windows administrator" : "root", final.IsWindows ? "USER ContainerUser" : "a non-root numeric UID, e.g. USER 10001"));
        }
    }
}
