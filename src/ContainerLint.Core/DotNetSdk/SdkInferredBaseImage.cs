namespace ContainerLint.Core.DotNetSdk;

using System.Text.RegularExpressions;
using ContainerLint.Core.Images;

/// <summary>A base image the SDK picks by itself, and the property (the target framework) to report it at.</summary>
/// <param name="Where">The TargetFramework(s) property that decides the tag.</param>
/// <param name="TargetFramework">The one target framework this image is for (e.g. <c>net6.0</c>).</param>
/// <param name="Image">The inferred reference, e.g. <c>mcr.microsoft.com/dotnet/aspnet:6.0</c>.</param>
public sealed partial record SdkInferredBaseImage(SdkProperty Where, string TargetFramework, ImageReference Image)
{
    /// <summary>How a message shows it: the image and where it came from.</summary>
    public string Display => $"{Image.Original} (inferred by the SDK from {TargetFramework})";

    /// <summary>
    /// The images the SDK would use when ContainerBaseImage is not set anywhere: <c>aspnet</c> for web
    /// projects, else <c>runtime</c>, tagged with the target framework's version (plus
    /// <c>-ContainerFamily</c>). Only for projects that publish containers; none when a base image is set.
    /// </summary>
    public static IEnumerable<SdkInferredBaseImage> For(SdkContainerDocument document)
    {
        if (document.ProjectValue(SdkContainerNames.BaseImage).Length > 0) yield break;
        if (!document.ProjectValue(SdkContainerNames.EnableContainerSupport).Equals("true", StringComparison.OrdinalIgnoreCase)) yield break;
        var where = document.Find(SdkContainerNames.TargetFramework) is { Value.Length: > 0 } single ? single : document.Find(SdkContainerNames.TargetFrameworks);
        if (where is null) yield break;
        var repository = document.ProjectValue(SdkContainerNames.UsingWebSdk).Equals("true", StringComparison.OrdinalIgnoreCase) ? "aspnet" : "runtime";
        var family = document.ProjectValue(SdkContainerNames.Family);
        foreach (var tfm in where.Value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var match = DotNetTargetFramework().Match(tfm);
            if (!match.Success) continue;
            var tag = match.Groups["version"].Value + (family.Length > 0 ? "-" + family : "");
            if (ImageReference.TryParse($"mcr.microsoft.com/dotnet/{repository}:{tag}") is { } image) yield return new SdkInferredBaseImage(where, tfm, image);
        }
    }

    // net5.0 and later (optionally with a platform, net8.0-linux) and netcoreappX.Y; not .NET Framework (net48) or netstandard.
    [GeneratedRegex(@"^net(?:coreapp)?(?<version>\d+\.\d+)(?:-[A-Za-z0-9.]+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DotNetTargetFramework();
}
