namespace ContainerLint.Core.DotNetSdk.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Images;
using ContainerLint.Core.Rules;

/// <summary>
/// CL4006: the SDK sets a non-root default user only for .NET 8+ Microsoft images; with any other
/// <c>ContainerBaseImage</c> (or, when it is unset, a pre-.NET 8 target framework) and no
/// <c>ContainerUser</c> the image runs as root.
/// </summary>
public sealed class SdkDefaultUserIsRoot : Rule<SdkContainerDocument>
{
    public override RuleMetadata Descriptor => RuleDescriptors.SdkDefaultUserIsRoot;

    public override void Check(SdkContainerDocument document, RuleContext context, RuleHitSink hits)
    {
        if (document.ProjectValue(SdkContainerNames.User).Length > 0) return;

        // With no ContainerBaseImage the SDK picks mcr.microsoft.com/dotnet/{aspnet|runtime}:<TFM version>; before .NET 8 it has no 'app' user.
        foreach (var inferred in SdkInferredBaseImage.For(document))
        {
            if (IsBeforeDotNet8(inferred.Image.Tag)) hits.Add(new RuleHit(inferred.Where.Span, inferred.Display));
        }

        if (document.Find(SdkContainerNames.BaseImage) is not { } property || ImageReference.TryParse(property.Value) is not { } image) return;
        // The SDK sets the app user for .NET 8+ Microsoft images; any other image keeps its own default user (the one table of images that run as non-root).
        var runsAsRoot = ImageDefaults.UserOf(image).User == DefaultUser.Root;
        if (runsAsRoot && (!EndOfLife.IsMicrosoftDotNetImage(image) || IsBeforeDotNet8(image.Tag)))
        {
            hits.Add(new RuleHit(property.Span, property.Value));
        }
    }

    /// <summary>The <c>app</c> user exists in the Microsoft images from .NET 8 on.</summary>
    private static bool IsBeforeDotNet8(string? tag)
    {
        if (tag is null) return false;
        var digits = new string(tag.TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length is > 0 and < 4 && int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) < 8;
    }
}
