namespace ContainerLint.Core.DotNetSdk.Rules;

using System.Globalization;
using ContainerLint.Core.Images;
using ContainerLint.Core.Rules;

/// <summary>CL4004: a .NET base image whose release is out of support (no more security patches).</summary>
public sealed class SdkBaseImageEndOfLife : Rule<SdkContainerDocument>
{
    public override string Id => "CL4004";

    public override IEnumerable<RuleHit> Check(SdkContainerDocument document, RuleContext context)
    {
        if (document.Find(SdkContainerNames.BaseImage) is { } property
            && ImageReference.TryParse(property.Value) is { } image
            && DotNetImageLifecycle.EndOfLife(image, context.Configuration.Today) is { } eol)
        {
            yield return new RuleHit(property.Span, property.Value, eol.Version, eol.EndOfSupport.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }
}
