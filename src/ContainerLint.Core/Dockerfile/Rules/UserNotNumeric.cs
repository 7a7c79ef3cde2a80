namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Knowledge;
using ContainerLint.Core.Rules;

/// <summary>CL1012: the final USER is a name, so Kubernetes runAsNonRoot cannot verify it is not root.</summary>
public sealed class UserNotNumeric : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.UserNotNumeric;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context)
    {
        if (facts.Final?.User is not { UserInstruction: not null, Kind: UserKind.NonRootName, Value: { } value } user) yield break;
        var spec = new UserSpec(value);
        // Windows accounts have no UID; runAsNonRoot does not apply to Windows containers.
        if (!spec.IsWindowsAccount) yield return new RuleHit(user.Span, spec.User);
    }
}
