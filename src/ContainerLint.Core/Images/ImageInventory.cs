namespace ContainerLint.Core.Images;

using ContainerLint.Core.Compose;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.DotNetSdk;
using ContainerLint.Core.Kubernetes;
using ContainerLint.Core.Model;

/// <summary>How an image is used: the instruction, field or property that names it.</summary>
public enum ImageUseKind
{
    /// <summary>A Dockerfile <c>FROM</c> that names an image (not an earlier stage, not scratch).</summary>
    From,

    /// <summary>A Dockerfile <c>COPY --from=&lt;image&gt;</c> (or ADD).</summary>
    CopyFrom,

    /// <summary>A Dockerfile <c>RUN --mount=…,from=&lt;image&gt;</c>.</summary>
    MountFrom,

    /// <summary>A Kubernetes <c>containers[].image</c>.</summary>
    Container,

    /// <summary>A Kubernetes <c>initContainers[].image</c>.</summary>
    InitContainer,

    /// <summary>A Kubernetes <c>ephemeralContainers[].image</c>.</summary>
    EphemeralContainer,

    /// <summary>A Compose service's <c>image:</c>.</summary>
    ComposeService,

    /// <summary>The .NET SDK's <c>ContainerBaseImage</c> property.</summary>
    SdkBaseImage,
}

/// <summary>One place a file names an image.</summary>
/// <param name="Written">The reference as written in the file (for a Dockerfile, before variable expansion).</param>
/// <param name="Resolved">The reference after variable expansion; null when a variable could not be resolved (or a template was not rendered).</param>
/// <param name="Image">The parsed, normalised reference; null when unresolved or not a valid reference.</param>
/// <param name="Span">The reference in the file.</param>
/// <param name="Kind">How it is used.</param>
/// <param name="Context">What uses it: the stage (<c>stage 1 (build)</c>), the workload and container, the Compose service.</param>
public sealed record ImageUse(string Written, string? Resolved, ImageReference? Image, SourceSpan Span, ImageUseKind Kind, string Context)
{
    /// <summary>The object a finding about the image names (<c>Deployment/default/web</c>, <c>service/web</c>), or null.</summary>
    public string? Object { get; init; }

    /// <summary>The Kubernetes container that runs the image, or null.</summary>
    public string? Container { get; init; }

    /// <summary>The kind as shown in the inventory (<c>from</c>, <c>copy-from</c>, <c>init-container</c>, …).</summary>
    public string KindName => Kind switch
    {
        ImageUseKind.From => "from",
        ImageUseKind.CopyFrom => "copy-from",
        ImageUseKind.MountFrom => "mount-from",
        ImageUseKind.Container => "container",
        ImageUseKind.InitContainer => "init-container",
        ImageUseKind.EphemeralContainer => "ephemeral-container",
        ImageUseKind.ComposeService => "compose-service",
        _ => "sdk-base-image",
    };
}

/// <summary>
/// The image references of one parsed file, read from the models the front ends' rules read (so the inventory, the
/// allowed-images rule and the other image rules see the same images): Dockerfile FROM per stage with ARGs resolved as the
/// linter resolves them (a FROM or <c>--from</c> naming an earlier stage is not an image, nor is scratch), COPY/ADD
/// <c>--from</c> and <c>RUN --mount=from=</c> images, the containers of every Kubernetes pod-bearing object (custom
/// resources included), Compose services' <c>image:</c> and the SDK's <c>ContainerBaseImage</c>.
/// </summary>
public static class ImageInventory
{
    public static IReadOnlyList<ImageUse> Of(DockerfileFacts facts)
    {
        var uses = new List<ImageUse>();
        foreach (var stage in facts.Graph.Stages)
        {
            var context = stage.ToString();
            if (stage.BaseStage is null && !stage.IsScratch)
            {
                var word = stage.BaseImage;
                uses.Add(Use(word.Raw, word.IsFullyResolved ? word.Value : null, word.Span, ImageUseKind.From, context));
            }

            foreach (var reference in stage.CopyFrom)
            {
                if (!reference.IsExternalImage) continue;
                var word = reference.Value;
                // A numeric --from that names no earlier stage is a stage index BuildKit rejects, not an image.
                if (word.IsFullyResolved && word.Value.All(char.IsAsciiDigit)) continue;
                var mount = reference.Flag.Is("mount");
                var span = mount ? MountFromSpan(reference.Flag, word) : word.Span;
                uses.Add(Use(word.Raw, word.IsFullyResolved ? word.Value : null, span, mount ? ImageUseKind.MountFrom : ImageUseKind.CopyFrom, context));
            }
        }

        return uses;
    }

    public static IReadOnlyList<ImageUse> Of(KubernetesFile file)
    {
        var uses = new List<ImageUse>();
        foreach (var workload in file.Workloads)
        {
            foreach (var container in workload.Containers)
            {
                if (container.ImageNode is not { } node) continue;
                var kind = container.List switch
                {
                    ContainerListKind.Init => ImageUseKind.InitContainer,
                    ContainerListKind.Ephemeral => ImageUseKind.EphemeralContainer,
                    _ => ImageUseKind.Container,
                };
                var templated = node.Value.Contains("{{", StringComparison.Ordinal) || node.Value.Contains('$');
                uses.Add(Use(node.Value, templated ? null : node.Value, node.Span, kind, $"{workload.Reference} {container.Name}") with { Object = workload.Reference, Container = container.Name });
            }
        }

        return uses;
    }

    public static IReadOnlyList<ImageUse> Of(ComposeFile file)
    {
        var uses = new List<ImageUse>();
        foreach (var service in file.Services)
        {
            if (service.Node.GetScalar("image") is not { IsNull: false } node) continue;
            // Compose interpolates ${VAR} from the environment when it runs: unknown here.
            var interpolated = node.Value.Contains('$');
            uses.Add(Use(node.Value, interpolated ? null : node.Value, node.Span, ImageUseKind.ComposeService, service.Reference) with { Object = service.Reference });
        }

        return uses;
    }

    public static IReadOnlyList<ImageUse> Of(SdkContainerDocument document)
    {
        if (document.Find(SdkContainerNames.BaseImage) is not { } property || property.Value.Trim().Length == 0) return [];
        var value = property.Value.Trim();
        var unresolved = value.Contains("$(", StringComparison.Ordinal);
        return [Use(value, unresolved ? null : value, property.Span, ImageUseKind.SdkBaseImage, SdkContainerNames.BaseImage)];
    }

    /// <summary>The <c>from=</c> value inside a <c>--mount=</c> flag written on one line; the whole value otherwise.</summary>
    private static SourceSpan MountFromSpan(Dockerfile.InstructionFlag flag, Dockerfile.ExpandedWord word)
    {
        if (flag.Value is not { } mount || flag.ValueSpan is not { } span) return word.Span;
        if (span.Line != span.EndLine || span.EndColumn - span.Column != mount.Length) return word.Span;
        var offset = 0;
        var found = -1;
        foreach (var part in mount.Split(','))
        {
            if (part.StartsWith("from=", StringComparison.OrdinalIgnoreCase)) found = offset + 5;
            offset += part.Length + 1;
        }

        return found < 0 ? word.Span : new SourceSpan(span.Line, span.Column + found, span.Line, span.Column + found + word.Raw.Length);
    }

    private static ImageUse Use(string written, string? resolved, SourceSpan span, ImageUseKind kind, string context) =>
        new(written, resolved, ImageReference.TryParse(resolved), span, kind, context);
}
