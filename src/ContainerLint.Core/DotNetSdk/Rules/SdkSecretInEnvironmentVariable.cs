namespace ContainerLint.Core.DotNetSdk.Rules;

using ContainerLint.Core.Rules;
using ContainerLint.Core.Secrets;

/// <summary>CL4007: a <c>ContainerEnvironmentVariable</c> that holds a secret (baked into the image config).</summary>
public sealed class SdkSecretInEnvironmentVariable : Rule<SdkContainerDocument>
{
    public override string Id => "CL4007";

    public override IEnumerable<RuleHit> Check(SdkContainerDocument document, RuleContext context)
    {
        foreach (var item in document.ItemsOf(SdkContainerNames.EnvironmentVariable))
        {
            var value = item.GetMetadata("Value");
            if (SdkSecretValues.Classify(item.Include, value, context.Configuration) is { } why)
            {
                yield return new RuleHit(item.Span, item.Include, SecretMasker.Mask(value), why);
            }
        }
    }
}
