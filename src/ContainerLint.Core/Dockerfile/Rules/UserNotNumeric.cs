namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Knowledge;
using ContainerLint.Core.Rules;

/// <summary>CL1012: the final USER is a name, so Kubernetes runAsNonRoot cannot verify it is not root.</summary>
public sealed class UserNotNumeric : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.UserNotNumeric;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        if (facts.Final?.User is not { UserInstruction: not null, Kind: UserKind.NonRootName, Value: { } value } user) return;
        var spec = new UserSpec(value);
        // Windows accounts have no UID; runAsNonRoot does not apply to Windows containers.
        if (!spec.IsWindowsAccount) hits.Add(new RuleHit(user.Span, spec.User));
    }
}
