namespace ContainerLint.Core.DotNetSdk.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Knowledge;
using ContainerLint.Core.Rules;

/// <summary>CL4009: <c>ContainerPort</c> 22 (SSH) exposed.</summary>
public sealed class SdkSshPortExposed : Rule<SdkContainerDocument>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SdkSshPortExposed;

    public override IEnumerable<RuleHit> Check(SdkContainerDocument document, RuleContext context)
    {
        foreach (var item in document.ItemsOf(SdkContainerNames.Port))
        {
            if (PortSpec.Parse(item.Include.Trim()).Contains(22)) yield return new RuleHit(item.Span, item.Include);
        }
    }
}
