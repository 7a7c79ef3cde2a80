namespace ContainerLint.Core.DotNetSdk.Rules;

using ContainerLint.Core.Rules;
using ContainerLint.Core.Secrets;

/// <summary>CL4008: a <c>ContainerLabel</c> that holds a secret (readable by anyone who can pull the image).</summary>
public sealed class SdkSecretInLabel : Rule<SdkContainerDocument>
{
    public override string Id => "CL4008";

    public override IEnumerable<RuleHit> Check(SdkContainerDocument document, RuleContext context)
    {
        foreach (var item in document.ItemsOf(SdkContainerNames.Label))
        {
            var value = item.GetMetadata("Value");
            if (SdkSecretValues.Classify(item.Include, value, context.Configuration) is { } why)
            {
                yield return new RuleHit(item.Span, item.Include, SecretMasker.Mask(value), why);
            }
        }
    }
}
