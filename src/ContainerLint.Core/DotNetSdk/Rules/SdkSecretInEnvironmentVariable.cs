namespace ContainerLint.Core.DotNetSdk.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>CL4007: a <c>ContainerEnvironmentVariable</c> that holds a secret (baked into the image config).</summary>
public sealed class SdkSecretInEnvironmentVariable : Rule<SdkContainerDocument>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SdkSecretInEnvironmentVariable;

    public override void Check(SdkContainerDocument document, RuleContext context, RuleHitSink hits) =>
        hits.AddRange(SdkSecretValues.HitsIn(document, SdkContainerNames.EnvironmentVariable, context.Configuration));
}
