namespace ContainerLint.Core.DotNetSdk.Rules;

using System.Globalization;
using ContainerLint.Core.Catalog;
using ContainerLint.Core.Images;
using ContainerLint.Core.Rules;

/// <summary>
/// CL4004: a base image whose release is out of support (no more security patches), per the one end-of-life table: the
/// ContainerBaseImage as set, or, when it is unset, the image the SDK infers from the target
/// framework (net6.0 → mcr.microsoft.com/dotnet/aspnet:6.0), reported at the TargetFramework.
/// </summary>
public sealed class SdkBaseImageEndOfLife : Rule<SdkContainerDocument>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SdkBaseImageEndOfLife;

    public override void Check(SdkContainerDocument document, RuleContext context, RuleHitSink hits)
    {
        var today = context.Configuration.Today;
        if (document.Find(SdkContainerNames.BaseImage) is { } property
            && ImageReference.TryParse(property.Value) is { } image
            && EndOfLife.Find(image, today) is { } eol)
        {
            hits.Add(Hit(property.Span, property.Value, eol));
        }

        foreach (var inferred in SdkInferredBaseImage.For(document))
        {
            if (EndOfLife.Find(inferred.Image, today) is { } end) hits.Add(Hit(inferred.Where.Span, inferred.Display, end));
        }
    }

    private static RuleHit Hit(Model.SourceSpan span, string image, EndOfLifeRelease eol) =>
        new(span, image, eol.Product, eol.EndOfLife.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
