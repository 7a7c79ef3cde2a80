namespace ContainerLint.Core.Dockerfile.Rules;

using ContainerLint.Core.Catalog;
using ContainerLint.Core.Dockerfile.Analysis;
using ContainerLint.Core.Images;
using ContainerLint.Core.Rules;

/// <summary>CL1025: the built stage runs on a build-toolchain image (SDK, compiler, JDK) instead of a runtime image.</summary>
public sealed class SdkImageInFinalStage : Rule<DockerfileFacts>
{
    private static readonly string[] Toolchains =
    [
        "mcr.microsoft.com/dotnet/sdk", "mcr.microsoft.com/dotnet/core/sdk", "docker.io/library/golang", "docker.io/library/maven", "docker.io/library/gradle",
        "docker.io/library/rust", "docker.io/library/gcc", "docker.io/library/openjdk",
    ];

    public override RuleMetadata Descriptor => RuleDescriptors.SdkImageInFinalStage;

    public override IEnumerable<RuleHit> Check(DockerfileFacts facts, RuleContext context)
    {
        var graph = facts.Graph;
        if (facts.Final is not { Stage: var final, Chain: var chain, Purpose: ImagePurpose.Runtime }) yield break;
        if (chain[^1].Image is not { } image || ToolchainName(image) is not { } toolchain) yield break;
        // A single-stage toolchain image without CMD/ENTRYPOINT is a build/dev image, not an app image.
        var runsApp = chain.Any(s => s.Instructions.Any(i => i.Kind is InstructionKind.Cmd or InstructionKind.Entrypoint));
        if (graph.Stages.Count == 1 && !runsApp) yield break;
        // A JDK/Maven/Gradle single-stage image is often deliberate (CI agents build Java); a compiled-language SDK never needs to ship.
        if (graph.Stages.Count == 1 && toolchain is "JDK" or "maven" or "gradle" or "openjdk") yield break;
        yield return new RuleHit(final.BaseImage.Span, final.BaseImage.Value, toolchain);
    }

    private static string? ToolchainName(ImageReference image)
    {
        var tag = image.Tag ?? "";
        // A JRE is a runtime, not a toolchain: openjdk:8-jre, openjdk:17-jre-slim.
        if (tag.Contains("jre", StringComparison.Ordinal)) return null;
        if (Toolchains.Contains(image.FullName)) return image.Repository.Split('/')[^1];
        if (image.FullName == "docker.io/library/eclipse-temurin" && tag.Contains("jdk", StringComparison.Ordinal)) return "JDK";
        return null;
    }
}
