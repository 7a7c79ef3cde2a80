namespace ContainerLint.Core.DotNetSdk.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Knowledge;
using ContainerLint.Core.Rules;

/// <summary>CL4005: <c>ContainerUser</c> set to root or UID 0.</summary>
public sealed class SdkContainerUserRoot : Rule<SdkContainerDocument>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SdkContainerUserRoot;

    public override void Check(SdkContainerDocument document, RuleContext context, RuleHitSink hits)
    {
        if (document.Find(SdkContainerNames.User) is not { } property) return;
        if (new UserSpec(property.Value).IsRoot) hits.Add(new RuleHit(property.Span, property.Value));
    }
}
