namespace ContainerLint.Core.Images;

/// <summary>Who an image runs its process as when nothing sets a user.</summary>
public enum DefaultUser
{
    /// <summary>Not known here (a vendor image that may or may not set its own user).</summary>
    Unknown,

    /// <summary>UID 0, or the Windows administrator: what almost every image does.</summary>
    Root,

    /// <summary>The image sets an unprivileged default user.</summary>
    NonRoot,
}

/// <summary>The default user of a base image, and why it is believed.</summary>
/// <param name="User">Root, non-root or unknown.</param>
/// <param name="Reason">What says so, for messages and docs (<c>a .NET chiseled image runs as app (UID 1654)</c>).</param>
public sealed record ImageUserDefault(DefaultUser User, string Reason);

/// <summary>
/// The one table of base images that run as non-root without a USER, used by every front end (Dockerfile
/// USER rules, the .NET SDK rules, the cross-file pass). Only images whose documented default user is
/// unprivileged are listed; anything else runs as root, which is what the image config of almost every image says.
/// </summary>
public static class ImageDefaults
{
    private static readonly ImageUserDefault Root = new(DefaultUser.Root, "the image runs as root unless a USER is set");

    // Vendor images whose image configuration sets an unprivileged USER (a prefix ending in '/' or '-' covers a namespace or a family).
    private static readonly (string Prefix, string Reason)[] NonRootRepositories =
    [
        ("quay.io/jupyter/", "the Jupyter docker-stacks images run as jovyan (UID 1000)"),
        ("docker.io/jupyter/", "the Jupyter docker-stacks images run as jovyan (UID 1000)"),
        ("docker.elastic.co/", "Elastic's images run as UID 1000"),
        ("docker.io/library/elasticsearch", "the Elasticsearch image runs as UID 1000"),
        ("docker.io/library/kibana", "the Kibana image runs as UID 1000"),
        ("docker.io/library/logstash", "the Logstash image runs as UID 1000"),
        ("docker.io/library/sonarqube", "the SonarQube image runs as sonarqube"),
        ("docker.io/library/solr", "the Solr image runs as solr (UID 8983)"),
        ("docker.io/jenkins/jenkins", "the Jenkins image runs as jenkins (UID 1000)"),
        ("docker.io/jenkins/inbound-agent", "the Jenkins agent images run as jenkins (UID 1000)"),
        ("docker.io/jenkins/agent", "the Jenkins agent images run as jenkins (UID 1000)"),
        ("docker.io/grafana/grafana", "the Grafana image runs as grafana (UID 472)"),
        ("docker.io/grafana/k6", "the k6 images run as k6 (UID 12345)"),
        ("docker.io/prom/", "the Prometheus images run as nobody"),
        ("quay.io/prometheus/", "the Prometheus images run as nobody"),
        ("quay.io/keycloak/keycloak", "the Keycloak image runs as UID 1000"),
        ("registry.access.redhat.com/ubi8/nodejs-", "the UBI language (s2i) images run as UID 1001"),
        ("registry.access.redhat.com/ubi9/nodejs-", "the UBI language (s2i) images run as UID 1001"),
        ("registry.access.redhat.com/ubi8/python-", "the UBI language (s2i) images run as UID 1001"),
        ("registry.access.redhat.com/ubi9/python-", "the UBI language (s2i) images run as UID 1001"),
        ("registry.access.redhat.com/ubi8/openjdk-", "the UBI OpenJDK images run as UID 185"),
        ("registry.access.redhat.com/ubi9/openjdk-", "the UBI OpenJDK images run as UID 185"),
        ("docker.io/fabric8/s2i-", "the fabric8 s2i images run as an unprivileged user"),
    ];

    /// <summary>
    /// True for images with no shell and no tools to probe with (distroless, .NET chiseled, Chainguard static): a
    /// HEALTHCHECK there works only if the application itself answers one, so it is not asked for.
    /// </summary>
    public static bool IsShellLess(ImageReference image)
    {
        var tag = (image.Tag ?? "").ToLowerInvariant();
        var repo = image.Repository.ToLowerInvariant();
        if (image.Registry == "gcr.io" && repo.StartsWith("distroless/", StringComparison.Ordinal)) return !tag.Contains("debug", StringComparison.Ordinal);
        if (image.Registry == "mcr.microsoft.com" && repo.StartsWith("dotnet/", StringComparison.Ordinal)) return tag.Contains("chiseled", StringComparison.Ordinal) || tag.Contains("distroless", StringComparison.Ordinal);
        return image.Registry == "cgr.dev" && repo.EndsWith("/static", StringComparison.Ordinal);
    }

    /// <summary>
    /// True for a Windows container image, whose RUN runs under <c>cmd /S /C</c> unless SHELL says otherwise: Windows base
    /// images (mcr.microsoft.com/windows…, microsoft/windowsservercore, microsoft/nanoserver), the .NET Framework, IIS,
    /// ASP.NET and SQL Server for Windows images, and any image whose tag names a Windows variant (nanoserver,
    /// windowsservercore, ltsc2019, …).
    /// </summary>
    public static bool IsWindows(ImageReference image) => IsWindowsName(image.Registry.ToLowerInvariant() + "/" + image.Repository.ToLowerInvariant(), (image.Tag ?? "").ToLowerInvariant());

    /// <summary><see cref="IsWindows(ImageReference)"/> for an image name that could not be parsed (a variable in it): by its words.</summary>
    public static bool IsWindows(string imageText)
    {
        var text = imageText.ToLowerInvariant();
        var colon = text.LastIndexOf(':');
        var slash = text.LastIndexOf('/');
        var (name, tag) = colon > slash ? (text[..colon], text[(colon + 1)..]) : (text, "");
        // Docker Hub names have no registry part: microsoft/iis is docker.io/microsoft/iis.
        var first = name.IndexOf('/');
        if (first < 0 || name[..first].IndexOfAny(['.', ':']) < 0 && name[..first] != "localhost") name = "docker.io/" + name;
        return IsWindowsName(name, tag);
    }

    private static bool IsWindowsName(string name, string tag)
    {
        if (name.Contains("nanoserver", StringComparison.Ordinal) || name.Contains("servercore", StringComparison.Ordinal)) return true;
        if (name.StartsWith("mcr.microsoft.com/windows", StringComparison.Ordinal) || name.StartsWith("mcr.microsoft.com/dotnet/framework/", StringComparison.Ordinal)
            || name is "mcr.microsoft.com/iis" or "docker.io/microsoft/iis" or "docker.io/microsoft/aspnet" or "docker.io/microsoft/windowsservercore" or "docker.io/microsoft/nanoserver"
            || name.StartsWith("docker.io/microsoft/dotnet-framework", StringComparison.Ordinal) || name.StartsWith("docker.io/microsoft/mssql-server-windows", StringComparison.Ordinal)
            || name is "docker.io/microsoft/wcf" or "mcr.microsoft.com/dotnet/framework/wcf")
        {
            return true;
        }

        // Community Windows images name themselves so: stefanscherer/node-windows, …/golang-windows (a name that starts with
        // windows-, such as dockcross/windows-static-x64, is a Linux cross-compiler and is not one).
        if (name[(name.LastIndexOf('/') + 1)..].EndsWith("-windows", StringComparison.Ordinal)) return true;

        return tag.Contains("nanoserver", StringComparison.Ordinal) || tag.Contains("windowsservercore", StringComparison.Ordinal) || tag.Contains("servercore", StringComparison.Ordinal)
            || tag.Contains("ltsc20", StringComparison.Ordinal);
    }

    /// <summary>
    /// True when the image's <c>/bin/sh</c> is bash (the Red Hat family: RHEL, UBI, CentOS, Rocky, Alma, Fedora, Oracle and
    /// Amazon Linux, and openSUSE/SLE). bash runs <c>sh -c 'one simple command'</c> by replacing itself with the command,
    /// so a shell-form CMD of one command still gets the signals; dash (Debian, Ubuntu) and BusyBox keep the shell as PID 1.
    /// </summary>
    public static bool ShellIsBash(ImageReference image)
    {
        var registry = image.Registry.ToLowerInvariant();
        var repo = image.Repository.ToLowerInvariant();
        if (registry is "registry.access.redhat.com" or "registry.redhat.io" or "registry.suse.com") return true;
        if (registry == "quay.io" && (repo.StartsWith("centos/", StringComparison.Ordinal) || repo.StartsWith("fedora/", StringComparison.Ordinal))) return true;
        if (registry != "docker.io") return false;
        return repo is "library/centos" or "library/rockylinux" or "library/almalinux" or "library/fedora" or "library/oraclelinux" or "library/amazonlinux"
            || repo.StartsWith("redhat/ubi", StringComparison.Ordinal) || repo.StartsWith("rockylinux/", StringComparison.Ordinal) || repo.StartsWith("opensuse/", StringComparison.Ordinal);
    }

    /// <summary>The default user of <paramref name="image"/> (<c>scratch</c> has no user: its process runs as UID 0).</summary>
    public static ImageUserDefault UserOf(ImageReference image)
    {
        var tag = (image.Tag ?? "").ToLowerInvariant();
        var repo = image.Repository.ToLowerInvariant();
        var registry = image.Registry.ToLowerInvariant();

        // distroless and others: :nonroot, :debug-nonroot, :latest-nonroot, :nonroot-amd64.
        if (tag == "nonroot" || tag.EndsWith("-nonroot", StringComparison.Ordinal) || tag.StartsWith("nonroot-", StringComparison.Ordinal) || tag.Contains("-nonroot-", StringComparison.Ordinal))
        {
            return new(DefaultUser.NonRoot, "its :nonroot tag runs as an unprivileged user (UID 65532)");
        }

        if (registry == "mcr.microsoft.com")
        {
            if (repo.StartsWith("dotnet/", StringComparison.Ordinal))
            {
                if (tag.Contains("chiseled", StringComparison.Ordinal) || tag.Contains("distroless", StringComparison.Ordinal))
                {
                    return new(DefaultUser.NonRoot, "the .NET chiseled and distroless images run as app (UID 1654)");
                }

                if (tag.Contains("nanoserver", StringComparison.Ordinal))
                {
                    return new(DefaultUser.NonRoot, "the .NET Nano Server images run as ContainerUser");
                }

                if (repo is "dotnet/monitor" or "dotnet/nightly/monitor" || repo.StartsWith("dotnet/monitor/", StringComparison.Ordinal) || repo is "dotnet/aspire-dashboard" or "dotnet/nightly/aspire-dashboard")
                {
                    return new(DefaultUser.NonRoot, "the image runs as app (UID 1654)");
                }
            }

            var nanoServer = repo.StartsWith("windows/nanoserver", StringComparison.Ordinal) || repo.StartsWith("nanoserver", StringComparison.Ordinal)
                || (repo == "powershell" && tag.Contains("nanoserver", StringComparison.Ordinal));
            if (nanoServer)
            {
                return new(DefaultUser.NonRoot, "Nano Server runs as ContainerUser");
            }
        }

        // Chainguard images run as nonroot (65532) except their -dev variants.
        if (registry == "cgr.dev" && !tag.Contains("dev", StringComparison.Ordinal))
        {
            return new(DefaultUser.NonRoot, "Chainguard images run as nonroot (UID 65532)");
        }

        if (repo.StartsWith("bitnami/", StringComparison.Ordinal) || repo.StartsWith("bitnamilegacy/", StringComparison.Ordinal))
        {
            return new(DefaultUser.NonRoot, "Bitnami images run as UID 1001");
        }

        var name = repo[(repo.LastIndexOf('/') + 1)..];
        if (name.EndsWith("-unprivileged", StringComparison.Ordinal) || name.EndsWith("-rootless", StringComparison.Ordinal) || name.EndsWith("-nonroot", StringComparison.Ordinal))
        {
            return new(DefaultUser.NonRoot, "the image is built to run unprivileged");
        }

        var full = registry + "/" + repo;
        foreach (var (prefix, reason) in NonRootRepositories)
        {
            if (full == prefix || (prefix[^1] is '/' or '-' && full.StartsWith(prefix, StringComparison.Ordinal))) return new(DefaultUser.NonRoot, reason);
        }

        // A bare name that is not an official image is a tag built locally (by a script or another Dockerfile): unknown.
        if (OfficialImages.IsLocalTag(image)) return new(DefaultUser.Unknown, "a locally built tag, whose user is not known here");
        return Root;
    }
}
