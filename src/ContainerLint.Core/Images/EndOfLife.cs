namespace ContainerLint.Core.Images;

using System.Globalization;

/// <summary>One end-of-life release: an image (or a distribution named in a tag suffix) and the day support ended.</summary>
/// <param name="Repositories">Full repository names (<c>docker.io/library/node</c>), or <c>suffix:debian</c>/<c>suffix:alpine</c> for tag suffixes.</param>
/// <param name="Version">The tag version or code name (<c>14</c>, <c>3.8</c>, <c>stretch</c>); empty for every tag.</param>
/// <param name="EndOfLife">The last day of (upstream or LTS) support.</param>
/// <param name="Product">What is end-of-life, for the message.</param>
public sealed record EndOfLifeRelease(IReadOnlyList<string> Repositories, string Version, DateOnly EndOfLife, string Product);

/// <summary>
/// The one end-of-life table of base images, used by the Dockerfile, Kubernetes, Compose and .NET SDK rules. Dates are
/// the vendors' published end of standard (or LTS where the image tracks it) support: endoflife.date, Debian LTS,
/// Ubuntu standard support, the .NET support policy.
/// </summary>
public static class EndOfLife
{
    private const string Hub = "docker.io/library/";

    private static readonly string[] DotNet =
    [
        "mcr.microsoft.com/dotnet/sdk", "mcr.microsoft.com/dotnet/aspnet", "mcr.microsoft.com/dotnet/runtime", "mcr.microsoft.com/dotnet/runtime-deps",
        "mcr.microsoft.com/dotnet/core/sdk", "mcr.microsoft.com/dotnet/core/aspnet", "mcr.microsoft.com/dotnet/core/runtime", "mcr.microsoft.com/dotnet/core/runtime-deps",
        "mcr.microsoft.com/dotnet/monitor", "docker.io/microsoft/dotnet", "docker.io/microsoft/aspnetcore", "docker.io/microsoft/aspnetcore-build",
    ];

    private static readonly string[] Debian = [Hub + "debian", "suffix:debian"];

    // Windows Server semi-annual-channel releases, by the tag of a Windows base image or a Windows variant tag of another
    // image (4.8-windowsservercore-1903). 1809 (LTSC 2019), ltsc2022 and ltsc2025 are long-term releases.
    private static readonly string[] Windows = ["mcr.microsoft.com/windows/servercore", "mcr.microsoft.com/windows/nanoserver", "mcr.microsoft.com/windows", "suffix:windows"];

    private static readonly string[] Alpine = [Hub + "alpine", "suffix:alpine"];

    private static string[] Lib(params string[] names) => names.Select(n => Hub + n).ToArray();

    private static EndOfLifeRelease R(string[] repos, string version, string date, string product) =>
        new(repos, version, DateOnly.Parse(date, CultureInfo.InvariantCulture), product);

    public static IReadOnlyList<EndOfLifeRelease> Releases { get; } =
    [
        R(Lib("centos"), "6", "2020-11-30", "CentOS 6"), R(Lib("centos"), "centos6", "2020-11-30", "CentOS 6"),
        R(Lib("centos"), "7", "2024-06-30", "CentOS 7"), R(Lib("centos"), "centos7", "2024-06-30", "CentOS 7"),
        R(Lib("centos"), "8", "2021-12-31", "CentOS 8"), R(Lib("centos"), "centos8", "2021-12-31", "CentOS 8"),
        R(Lib("centos"), "latest", "2021-12-31", "CentOS 8 (the last :latest)"),
        R(Debian, "jessie", "2020-06-30", "Debian 8 jessie"), R(Lib("debian"), "8", "2020-06-30", "Debian 8 jessie"),
        R(Debian, "stretch", "2022-06-30", "Debian 9 stretch"), R(Lib("debian"), "9", "2022-06-30", "Debian 9 stretch"),
        R(Debian, "buster", "2024-06-30", "Debian 10 buster"), R(Lib("debian"), "10", "2024-06-30", "Debian 10 buster"),
        R(Debian, "bullseye", "2026-08-31", "Debian 11 bullseye"), R(Lib("debian"), "11", "2026-08-31", "Debian 11 bullseye"),
        R(Lib("ubuntu"), "14.04", "2019-04-30", "Ubuntu 14.04"), R(Lib("ubuntu"), "trusty", "2019-04-30", "Ubuntu 14.04"),
        R(Lib("ubuntu"), "16.04", "2021-04-30", "Ubuntu 16.04"), R(Lib("ubuntu"), "xenial", "2021-04-30", "Ubuntu 16.04"),
        R(Lib("ubuntu"), "18.04", "2023-05-31", "Ubuntu 18.04"), R(Lib("ubuntu"), "bionic", "2023-05-31", "Ubuntu 18.04"),
        R(Lib("ubuntu"), "20.04", "2025-05-31", "Ubuntu 20.04"), R(Lib("ubuntu"), "focal", "2025-05-31", "Ubuntu 20.04"),
        R(Lib("ubuntu"), "21.04", "2022-01-20", "Ubuntu 21.04"), R(Lib("ubuntu"), "21.10", "2022-07-14", "Ubuntu 21.10"),
        R(Lib("ubuntu"), "22.10", "2023-07-20", "Ubuntu 22.10"), R(Lib("ubuntu"), "kinetic", "2023-07-20", "Ubuntu 22.10"),
        R(Lib("ubuntu"), "23.04", "2024-01-25", "Ubuntu 23.04"), R(Lib("ubuntu"), "lunar", "2024-01-25", "Ubuntu 23.04"),
        R(Lib("ubuntu"), "23.10", "2024-07-11", "Ubuntu 23.10"), R(Lib("ubuntu"), "mantic", "2024-07-11", "Ubuntu 23.10"),
        R(Lib("ubuntu"), "24.10", "2025-07-10", "Ubuntu 24.10"), R(Lib("ubuntu"), "oracular", "2025-07-10", "Ubuntu 24.10"),
        R(Alpine, "3.9", "2020-11-01", "Alpine 3.9"), R(Alpine, "3.10", "2021-05-01", "Alpine 3.10"), R(Alpine, "3.11", "2021-11-01", "Alpine 3.11"),
        R(Alpine, "3.12", "2022-05-01", "Alpine 3.12"), R(Alpine, "3.13", "2022-11-01", "Alpine 3.13"), R(Alpine, "3.14", "2023-05-01", "Alpine 3.14"),
        R(Alpine, "3.15", "2023-11-01", "Alpine 3.15"), R(Alpine, "3.16", "2024-05-23", "Alpine 3.16"), R(Alpine, "3.17", "2024-11-22", "Alpine 3.17"),
        R(Alpine, "3.18", "2025-05-09", "Alpine 3.18"), R(Alpine, "3.19", "2025-11-01", "Alpine 3.19"), R(Alpine, "3.20", "2026-04-01", "Alpine 3.20"),
        R(Alpine, "3.21", "2026-11-01", "Alpine 3.21"),
        R(Lib("python"), "2.7", "2020-01-01", "Python 2.7"), R(Lib("python"), "2", "2020-01-01", "Python 2"), R(Lib("python"), "3.5", "2020-09-13", "Python 3.5"),
        R(Lib("python"), "3.6", "2021-12-23", "Python 3.6"), R(Lib("python"), "3.7", "2023-06-27", "Python 3.7"), R(Lib("python"), "3.8", "2024-10-07", "Python 3.8"),
        R(Lib("python"), "3.9", "2025-10-31", "Python 3.9"), R(Lib("python"), "3.10", "2026-10-31", "Python 3.10"),
        R(Lib("node"), "8", "2019-12-31", "Node.js 8"), R(Lib("node"), "10", "2021-04-30", "Node.js 10"), R(Lib("node"), "12", "2022-04-30", "Node.js 12"),
        R(Lib("node"), "14", "2023-04-30", "Node.js 14"), R(Lib("node"), "16", "2023-09-11", "Node.js 16"), R(Lib("node"), "17", "2022-06-01", "Node.js 17"),
        R(Lib("node"), "18", "2025-04-30", "Node.js 18"), R(Lib("node"), "19", "2023-06-01", "Node.js 19"), R(Lib("node"), "20", "2026-04-30", "Node.js 20"),
        R(Lib("node"), "21", "2024-06-01", "Node.js 21"), R(Lib("node"), "23", "2025-06-01", "Node.js 23"),
        R(Lib("openjdk"), "", "2022-07-01", "the deprecated openjdk image (use eclipse-temurin)"),
        R(Lib("golang"), "1.17", "2022-08-02", "Go 1.17"), R(Lib("golang"), "1.18", "2023-02-01", "Go 1.18"), R(Lib("golang"), "1.19", "2023-08-08", "Go 1.19"),
        R(Lib("golang"), "1.20", "2024-02-06", "Go 1.20"), R(Lib("golang"), "1.21", "2024-08-13", "Go 1.21"), R(Lib("golang"), "1.22", "2025-02-11", "Go 1.22"),
        R(Lib("golang"), "1.23", "2025-08-12", "Go 1.23"), R(Lib("golang"), "1.24", "2026-02-10", "Go 1.24"), R(Lib("golang"), "1.25", "2026-08-11", "Go 1.25"),
        R(Lib("ruby"), "2.4", "2020-03-31", "Ruby 2.4"), R(Lib("ruby"), "2.5", "2021-04-05", "Ruby 2.5"), R(Lib("ruby"), "2.6", "2022-04-12", "Ruby 2.6"),
        R(Lib("ruby"), "2.0", "2016-02-24", "Ruby 2.0"), R(Lib("ruby"), "2.1", "2017-03-31", "Ruby 2.1"), R(Lib("ruby"), "2.2", "2018-03-31", "Ruby 2.2"),
        R(Lib("ruby"), "2.3", "2019-03-31", "Ruby 2.3"), R(Lib("ruby"), "2.7", "2023-03-31", "Ruby 2.7"), R(Lib("ruby"), "2", "2023-03-31", "Ruby 2"),
        R(Lib("ruby"), "3.0", "2024-04-23", "Ruby 3.0"), R(Lib("ruby"), "3.1", "2025-03-26", "Ruby 3.1"),
        R(Lib("ruby"), "3.2", "2026-03-31", "Ruby 3.2"),
        R(Lib("php"), "5", "2018-12-31", "PHP 5"), R(Lib("php"), "7.0", "2019-01-10", "PHP 7.0"), R(Lib("php"), "7.1", "2019-12-01", "PHP 7.1"),
        R(Lib("php"), "7.2", "2020-11-30", "PHP 7.2"), R(Lib("php"), "7.3", "2021-12-06", "PHP 7.3"), R(Lib("php"), "7", "2022-11-28", "PHP 7.4"), R(Lib("php"), "8.0", "2023-11-26", "PHP 8.0"),
        R(Lib("php"), "8.1", "2025-12-31", "PHP 8.1"), R(Lib("php"), "8.2", "2026-12-31", "PHP 8.2"),
        R(Lib("postgres"), "9", "2021-11-11", "PostgreSQL 9"), R(Lib("postgres"), "10", "2022-11-10", "PostgreSQL 10"), R(Lib("postgres"), "11", "2023-11-09", "PostgreSQL 11"),
        R(Lib("postgres"), "12", "2024-11-21", "PostgreSQL 12"), R(Lib("postgres"), "13", "2025-11-13", "PostgreSQL 13"), R(Lib("postgres"), "14", "2026-11-12", "PostgreSQL 14"),
        R(Lib("mysql"), "5.7", "2023-10-31", "MySQL 5.7"), R(Lib("mysql"), "5", "2023-10-31", "MySQL 5"),
        R(Lib("amazonlinux"), "1", "2023-12-31", "Amazon Linux 1"), R(Lib("amazonlinux"), "2018.03", "2023-12-31", "Amazon Linux 1"),
        R(DotNet, "1.0", "2019-06-27", ".NET Core 1.0"), R(DotNet, "1.1", "2019-06-27", ".NET Core 1.1"), R(DotNet, "2.0", "2018-10-01", ".NET Core 2.0"),
        R(DotNet, "2.1", "2021-08-21", ".NET Core 2.1"), R(DotNet, "2.2", "2019-12-23", ".NET Core 2.2"), R(DotNet, "3.0", "2020-03-03", ".NET Core 3.0"),
        R(DotNet, "3.1", "2022-12-13", ".NET Core 3.1"), R(DotNet, "5.0", "2022-05-10", ".NET 5"), R(DotNet, "6.0", "2024-11-12", ".NET 6"),
        R(DotNet, "7.0", "2024-05-14", ".NET 7"), R(DotNet, "8.0", "2026-11-10", ".NET 8"), R(DotNet, "9.0", "2026-11-10", ".NET 9"),
        R(DotNet, "10.0", "2028-11-14", ".NET 10"),
        R(Windows, "1709", "2019-04-09", "Windows Server 1709"), R(Windows, "1803", "2019-11-12", "Windows Server 1803"),
        R(Windows, "1903", "2020-12-08", "Windows Server 1903"), R(Windows, "1909", "2021-05-11", "Windows Server 1909"),
        R(Windows, "2004", "2021-12-14", "Windows Server 2004"), R(Windows, "20H2", "2022-08-09", "Windows Server 20H2"),
    ];


    // Releases by repository (and the two tag-suffix families), so a lookup reads a few entries, not the whole table.
    private static readonly Dictionary<string, EndOfLifeRelease[]> ByRepository = Releases
        .SelectMany(r => r.Repositories.Select(repo => (Repo: repo, Release: r)))
        .GroupBy(p => p.Repo, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(p => p.Release).ToArray(), StringComparer.Ordinal);

    /// <summary>True for an image of the .NET team (<c>mcr.microsoft.com/dotnet/…</c>), whose tags name the .NET release.</summary>
    public static bool IsMicrosoftDotNetImage(ImageReference image) =>
        image.Registry == "mcr.microsoft.com" && image.Repository.StartsWith("dotnet/", StringComparison.Ordinal);

    /// <summary>The end-of-life release an image is, or runs on (tag suffix <c>-buster</c>, <c>-alpine3.16</c>), if its date is before <paramref name="today"/>.</summary>
    public static EndOfLifeRelease? Find(ImageReference image, DateOnly today)
    {
        var tag = image.Tag ?? "latest";
        foreach (var r in ByRepository.GetValueOrDefault(image.FullName) ?? [])
        {
            if (r.EndOfLife < today && (r.Version.Length == 0 || VersionMatches(tag, r.Version))) return r;
        }

        // Distribution named in the tag: python:3.11-buster, node:20-alpine3.16, golang:1.22-bullseye; a Windows release
        // named after servercore/nanoserver: 4.8-windowsservercore-1903.
        if (!tag.Contains('-', StringComparison.Ordinal)) return null;
        var windowsVariant = tag.Contains("servercore", StringComparison.Ordinal) || tag.Contains("nanoserver", StringComparison.Ordinal);
        foreach (var part in tag.Split('-').Skip(1))
        {
            if (windowsVariant)
            {
                foreach (var r in ByRepository["suffix:windows"])
                {
                    if (r.EndOfLife < today && string.Equals(part, r.Version, StringComparison.OrdinalIgnoreCase)) return r;
                }
            }

            foreach (var r in ByRepository["suffix:debian"])
            {
                if (r.EndOfLife < today && part == r.Version) return r;
            }

            if (!part.StartsWith("alpine", StringComparison.Ordinal) || part.Length <= 6) continue;
            foreach (var r in ByRepository["suffix:alpine"])
            {
                if (r.EndOfLife < today && VersionMatches(part[6..], r.Version)) return r;
            }
        }

        return null;
    }

    // "3.1" matches 3.1, 3.1.4, 3.1-slim but not 3.12; "14" matches 14, 14.17.0, 14-alpine; "2.1" matches 2.1-sdk.
    private static bool VersionMatches(string tag, string version)
    {
        if (!tag.StartsWith(version, StringComparison.Ordinal)) return false;
        if (tag.Length == version.Length) return true;
        var next = tag[version.Length];
        return next is '-' or '_' || (next == '.' && char.IsAsciiDigit(version[^1]));
    }
}
