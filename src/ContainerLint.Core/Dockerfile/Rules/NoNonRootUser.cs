namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Images;
using ContainerLint.Core.Knowledge;
using ContainerLint.Core.Rules;

/// <summary>
/// CL1010: the built stage has no USER (nor one inherited from a stage it is built FROM) and its base image runs as root
/// (the one table of images that do not: <see cref="Images.ImageDefaults"/>), so the container starts as root. Artifact stages,
/// operating-system and toolchain base images (<see cref="ImagePurpose"/>) are not reported: they are not run as they are, and
/// the images built on them choose the user. Windows IIS images, whose ServiceMonitor entry point needs ContainerAdministrator,
/// are not reported either, whether the Dockerfile starts ServiceMonitor or inherits it from an IIS or ASP.NET base image.
/// </summary>
public sealed class NoNonRootUser : Rule<DockerfileFacts>
{
    public override RuleMetadata Descriptor => RuleDescriptors.NoNonRootUser;

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        if (facts.Final is not { User: { UserInstruction: null, Kind: UserKind.Root }, Purpose: ImagePurpose.Runtime, StepsDownAtRuntime: false } final) return;
        var windows = final.IsWindows;
        if (windows && facts.StartCommands.Any(c => final.Chain.Contains(c.Stage) && c.Instruction.Rest.Contains("ServiceMonitor", StringComparison.OrdinalIgnoreCase))) return;
        if (windows && RunsServiceMonitorByDefault(final.Root.Image) && !facts.StartCommands.Any(c => final.Chain.Contains(c.Stage) && c.Instruction.Kind == InstructionKind.Entrypoint)) return;
        var image = ReferenceEquals(final.Stage, final.Root) ? final.Root.BaseImage.Value : $"stage '{final.Stage.BaseImage.Value}' ({final.Root.BaseImage.Value})";
        var (who, fix) = windows ? ("ContainerAdministrator, the Windows administrator", "add USER ContainerUser")
            : final.Root.IsScratch ? ("UID 0 (scratch has no user database)", "add USER with a numeric UID, e.g. USER 65532")
            : ("root", UnprivilegedUserOf(final.Root.Image) ?? "add USER with a non-root numeric UID, e.g. USER 10001");
        hits.Add(new RuleHit(final.Stage.BaseImage.Span, image, who, fix));
    }

    // Microsoft's IIS-based images, whose ENTRYPOINT is ServiceMonitor.exe w3svc (it needs ContainerAdministrator to manage the service).
    private static readonly string[] ServiceMonitorImages =
    [
        "mcr.microsoft.com/windows/servercore/iis", "docker.io/microsoft/iis", "mcr.microsoft.com/dotnet/framework/aspnet", "docker.io/microsoft/aspnet",
        "mcr.microsoft.com/dotnet/framework/wcf", "docker.io/microsoft/wcf",
    ];

    private static bool RunsServiceMonitorByDefault(ImageReference? image) => image is not null && Array.IndexOf(ServiceMonitorImages, image.FullName) >= 0;

    /// <summary>The fix in the base image's own terms, when it ships an unprivileged user (the .NET 8+ images' app, distroless's nonroot).</summary>
    internal static string? UnprivilegedUserOf(ImageReference? image)
    {
        if (image is null) return null;
        if (image.Registry == "mcr.microsoft.com" && image.Repository is "dotnet/aspnet" or "dotnet/runtime" or "dotnet/runtime-deps" or "dotnet/sdk"
            && image.Tag is { } tag && MajorVersion(tag) >= 8)
        {
            return "add USER $APP_UID (the unprivileged app user, UID 1654, that .NET 8 and later images define)";
        }

        if (image.Registry == "gcr.io" && image.Repository.StartsWith("distroless/", StringComparison.Ordinal))
        {
            return "use the image's :nonroot tag or add USER 65532 (distroless's nonroot user)";
        }

        return null;
    }

    private static int MajorVersion(string tag)
    {
        var end = 0;
        while (end < tag.Length && char.IsAsciiDigit(tag[end])) end++;
        return end is > 0 and < 4 && int.TryParse(tag.AsSpan(0, end), out var major) ? major : 0;
    }
}
