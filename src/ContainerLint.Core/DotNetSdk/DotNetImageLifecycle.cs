namespace ContainerLint.Core.DotNetSdk;

using ContainerLint.Core.Images;

/// <summary>End-of-support dates of .NET releases, which the tags of the mcr.microsoft.com/dotnet images follow.</summary>
internal static class DotNetImageLifecycle
{
    // https://dotnet.microsoft.com/platform/support/policy/dotnet-core (release end-of-support dates).
    private static readonly (string Version, DateOnly EndOfSupport)[] Releases =
    [
        ("1.0", new DateOnly(2019, 6, 27)),
        ("1.1", new DateOnly(2019, 6, 27)),
        ("2.0", new DateOnly(2018, 10, 1)),
        ("2.1", new DateOnly(2021, 8, 21)),
        ("2.2", new DateOnly(2019, 12, 23)),
        ("3.0", new DateOnly(2020, 3, 3)),
        ("3.1", new DateOnly(2022, 12, 13)),
        ("5.0", new DateOnly(2022, 5, 10)),
        ("6.0", new DateOnly(2024, 11, 12)),
        ("7.0", new DateOnly(2024, 5, 14)),
        ("8.0", new DateOnly(2026, 11, 10)),
        ("9.0", new DateOnly(2026, 11, 10)),
        ("10.0", new DateOnly(2028, 11, 14)),
    ];

    /// <summary>An image of the .NET team (<c>mcr.microsoft.com/dotnet/…</c>), whose tags name the .NET release. The shared <see cref="ImageReference"/> knows no vendors, so this lives here.</summary>
    public static bool IsMicrosoftDotNetImage(ImageReference image) =>
        image.Registry == "mcr.microsoft.com" && image.Repository.StartsWith("dotnet/", StringComparison.Ordinal);

    /// <summary>The .NET version and end-of-support date a Microsoft .NET image tag names, if it is past <paramref name="today"/>.</summary>
    public static (string Version, DateOnly EndOfSupport)? EndOfLife(ImageReference image, DateOnly today)
    {
        if (!IsMicrosoftDotNetImage(image) || image.Tag is not { Length: > 0 } tag) return null;
        foreach (var (version, end) in Releases)
        {
            // Tags are "6.0", "6.0.36", "6.0-alpine", "6.0.36-bookworm-slim".
            var matches = tag.Equals(version, StringComparison.Ordinal)
                || tag.StartsWith(version + ".", StringComparison.Ordinal)
                || tag.StartsWith(version + "-", StringComparison.Ordinal);
            if (matches && end < today) return (version, end);
        }

        return null;
    }
}
