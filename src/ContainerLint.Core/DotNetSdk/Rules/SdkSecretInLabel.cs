namespace ContainerLint.Core.DotNetSdk.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Rules;

/// <summary>CL4008: a <c>ContainerLabel</c> that holds a secret (readable by anyone who can pull the image).</summary>
public sealed class SdkSecretInLabel : Rule<SdkContainerDocument>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SdkSecretInLabel;

    public override void Check(SdkContainerDocument document, RuleContext context, RuleHitSink hits) =>
        hits.AddRange(SdkSecretValues.HitsIn(document, SdkContainerNames.Label, context.Configuration));
}
