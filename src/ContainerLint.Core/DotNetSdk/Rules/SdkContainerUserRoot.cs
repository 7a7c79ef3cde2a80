namespace ContainerLint.Core.DotNetSdk.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Knowledge;
using ContainerLint.Core.Rules;

/// <summary>CL4005: <c>ContainerUser</c> set to root or UID 0.</summary>
public sealed class SdkContainerUserRoot : Rule<SdkContainerDocument>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SdkContainerUserRoot;

    public override IEnumerable<RuleHit> Check(SdkContainerDocument document, RuleContext context)
    {
        if (document.Find(SdkContainerNames.User) is not { } property) yield break;
        if (new UserSpec(property.Value).IsRoot) yield return new RuleHit(property.Span, property.Value);
    }
}
