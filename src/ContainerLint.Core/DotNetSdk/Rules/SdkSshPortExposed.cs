namespace ContainerLint.Core.DotNetSdk.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Knowledge;
using ContainerLint.Core.Rules;

/// <summary>CL4009: <c>ContainerPort</c> 22 (SSH) exposed.</summary>
public sealed class SdkSshPortExposed : Rule<SdkContainerDocument>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SdkSshPortExposed;

    public override void Check(SdkContainerDocument document, RuleContext context, RuleHitSink hits)
    {
        foreach (var item in document.ItemsOf(SdkContainerNames.Port))
        {
            if (PortSpec.Parse(item.Include.Trim()).Contains(22)) hits.Add(new RuleHit(item.Span, item.Include));
        }
    }
}
