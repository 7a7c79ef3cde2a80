namespace ContainerLint.Core.DotNetSdk.Rules;

using System.Globalization;
using ContainerLint.Core.Images;
using ContainerLint.Core.Rules;

/// <summary>
/// CL4004: a .NET base image whose release is out of support (no more security patches): the
/// ContainerBaseImage as set, or, when it is unset, the image the SDK infers from the target
/// framework (net6.0 → mcr.microsoft.com/dotnet/aspnet:6.0), reported at the TargetFramework.
/// </summary>
public sealed class SdkBaseImageEndOfLife : Rule<SdkContainerDocument>
{
    public override string Id => "CL4004";

    public override IEnumerable<RuleHit> Check(SdkContainerDocument document, RuleContext context)
    {
        var today = context.Configuration.Today;
        if (document.Find(SdkContainerNames.BaseImage) is { } property
            && ImageReference.TryParse(property.Value) is { } image
            && DotNetImageLifecycle.EndOfLife(image, today) is { } eol)
        {
            yield return Hit(property.Span, property.Value, eol);
        }

        foreach (var inferred in SdkInferredBaseImage.For(document))
        {
            if (DotNetImageLifecycle.EndOfLife(inferred.Image, today) is { } end) yield return Hit(inferred.Where.Span, inferred.Display, end);
        }
    }

    private static RuleHit Hit(Model.SourceSpan span, string image, (string Version, DateOnly EndOfSupport) eol) =>
        new(span, image, eol.Version, eol.EndOfSupport.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
