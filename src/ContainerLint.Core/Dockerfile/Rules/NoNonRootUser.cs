namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Dockerfile.Rules.Analysis;
using ContainerLint.Core.Images;
using ContainerLint.Core.Rules;

/// <summary>CL1010: the built stage has no USER (nor one inherited from a stage it is built FROM), so it runs as the base image's user — root for most.</summary>
public sealed class NoNonRootUser : Rule<DockerfileDocument>
{
    public override string Id => "CL1010";

    public override IEnumerable<RuleHit> Check(DockerfileDocument document, RuleContext context)
    {
        var final = document.GetStages(context).Final;
        if (final is null || SecurityUsers.LastUser(final) is not null) yield break;
        var root = final.SelfAndBaseStages().Last();
        if (root.IsScratch || !root.BaseImage.IsFullyResolved) yield break;
        if (root.Image is { } image && DefaultsToNonRoot(image)) yield break;
        yield return new RuleHit(final.BaseImage.Span, final.BaseImage.Value);
    }

    /// <summary>Images whose default user is not root: distroless/chainguard nonroot, .NET chiseled, bitnami, Windows Nano Server.</summary>
    internal static bool DefaultsToNonRoot(ImageReference image)
    {
        var tag = image.Tag ?? "";
        var repo = image.Repository;
        if (tag == "nonroot" || tag.EndsWith("-nonroot", StringComparison.Ordinal) || tag.StartsWith("nonroot-", StringComparison.Ordinal) || tag.Contains(":nonroot", StringComparison.Ordinal)) return true;
        if (image.Registry == "cgr.dev" && !tag.Contains("dev", StringComparison.Ordinal)) return true;
        if (image.Registry == "mcr.microsoft.com" && repo.StartsWith("dotnet/", StringComparison.Ordinal) && tag.Contains("chiseled", StringComparison.Ordinal)) return true;
        if (image.Registry == "mcr.microsoft.com" && repo.StartsWith("windows/nanoserver", StringComparison.Ordinal)) return true;
        return repo.StartsWith("bitnami/", StringComparison.Ordinal);
    }
}
