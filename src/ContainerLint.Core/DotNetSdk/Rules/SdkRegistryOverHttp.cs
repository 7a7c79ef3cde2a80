namespace ContainerLint.Core.DotNetSdk.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>CL4011: <c>ContainerRegistry</c> reached over plain http.</summary>
public sealed class SdkRegistryOverHttp : Rule<SdkContainerDocument>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SdkRegistryOverHttp;

    public override void Check(SdkContainerDocument document, RuleContext context, RuleHitSink hits)
    {
        if (document.Find(SdkContainerNames.Registry) is { } property && property.Value.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            hits.Add(new RuleHit(property.Span, property.Value));
        }
    }
}
