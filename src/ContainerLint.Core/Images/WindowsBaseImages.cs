namespace ContainerLint.Core.Images;

/// <summary>
/// Microsoft's Windows base images are published by version only (<c>ltsc2022</c>, <c>1809</c>, …): they have no
/// <c>:latest</c> tag, so a FROM without a tag, or with <c>:latest</c>, fails to pull instead of drifting.
/// </summary>
public static class WindowsBaseImages
{
    private static readonly string[] WithoutLatest =
    [
        "mcr.microsoft.com/windows/servercore", "mcr.microsoft.com/windows/nanoserver", "mcr.microsoft.com/windows/server", "mcr.microsoft.com/windows",
        "docker.io/microsoft/windowsservercore", "docker.io/microsoft/nanoserver",
    ];

    /// <summary>True for a Windows base image repository (or its Insider variant) that publishes no <c>:latest</c>.</summary>
    public static bool PublishesNoLatest(ImageReference image) =>
        Array.IndexOf(WithoutLatest, image.FullName) >= 0
        || (image.Registry == "mcr.microsoft.com" && image.Repository.EndsWith("-insider", StringComparison.Ordinal)
            && (image.Repository.StartsWith("windows", StringComparison.Ordinal) || image.Repository.StartsWith("nanoserver", StringComparison.Ordinal)));
}
