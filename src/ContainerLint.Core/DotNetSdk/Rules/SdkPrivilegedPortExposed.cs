namespace ContainerLint.Core.DotNetSdk.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Knowledge;
using ContainerLint.Core.Rules;

/// <summary>CL4010: <c>ContainerPort</c> below 1024, which a non-root process cannot bind (SSH has its own rule, CL4009).</summary>
public sealed class SdkPrivilegedPortExposed : Rule<SdkContainerDocument>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SdkPrivilegedPortExposed;

    public override void Check(SdkContainerDocument document, RuleContext context, RuleHitSink hits)
    {
        foreach (var item in document.ItemsOf(SdkContainerNames.Port))
        {
            if (PortSpec.Parse(item.Include.Trim()) is { IsValid: true, Start: > 0 and < 1024 } port && !port.Contains(22)) hits.Add(new RuleHit(item.Span, item.Include));
        }
    }
}
