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

    public override void Check(DockerfileFacts facts, RuleContext context, RuleHitSink hits)
    {
        var graph = facts.Graph;
        if (facts.Final is not { Stage: var final, Chain: var chain, Purpose: ImagePurpose.Runtime }) return;
        if (chain[^1].Image is not { } image || ToolchainName(image) is not { } toolchain) return;
        // A toolchain image without CMD/ENTRYPOINT is a build environment, not an application image; one whose start
        // command is the toolchain itself (ENTRYPOINT ["dotnet"], CMD ["mvn"]) is a build tool image (CI steps, builders).
        if (StartWords(facts, chain) is not { Count: > 0 } start || RunsBuildTool(start)) return;
        // A JDK/Maven/Gradle single-stage image is often deliberate (CI agents build Java); a compiled-language SDK never needs to ship.
        if (graph.Stages.Count == 1 && toolchain is "JDK" or "maven" or "gradle" or "openjdk") return;
        var on = ReferenceEquals(final, chain[^1]) ? $"'{final.BaseImage.Value}'" : $"stage '{final.BaseImage.Value}' ({chain[^1].BaseImage.Value})";
        hits.Add(new RuleHit(final.BaseImage.Span, on, toolchain));
    }

    private static readonly string[] BuildTools = ["mvn", "mvnw", "gradle", "gradlew", "ant", "sbt", "make", "cmake", "msbuild", "bazel", "bazelisk"];

    private static readonly string[] Wrappers = ["tini", "dumb-init", "docker-entrypoint.sh", "entrypoint.sh"];

    /// <summary>
    /// The words the container starts with: the last ENTRYPOINT along the chain, or when there is none (or it only wraps
    /// its arguments: tini, an *-entrypoint.sh script) the last CMD. Null when the chain has neither.
    /// </summary>
    private static IReadOnlyList<string>? StartWords(DockerfileFacts facts, IReadOnlyList<Stage> chain)
    {
        StartCommand? entrypoint = null, cmd = null;
        foreach (var command in facts.StartCommands)
        {
            if (!chain.Contains(command.Stage)) continue;
            if (command.Instruction.Kind == InstructionKind.Entrypoint) entrypoint = Later(entrypoint, command);
            else cmd = Later(cmd, command);
        }

        if (entrypoint is not null && Words(entrypoint) is { Count: > 0 } words && !IsWrapper(words[0])) return words;
        return cmd is null ? (entrypoint is null ? null : Words(entrypoint)) : Words(cmd);
    }

    // Along one chain a stage built FROM another comes later in the file, so file order is build order.
    private static StartCommand Later(StartCommand? current, StartCommand next) =>
        current is null || next.Instruction.Span.Line > current.Instruction.Span.Line ? next : current;

    private static IReadOnlyList<string> Words(StartCommand command)
    {
        if (command.Instruction.IsJsonForm) return command.Instruction.Arguments.Select(a => a.Value).ToList();
        return command.Script?.Commands.FirstOrDefault()?.Words.Select(w => w.Value).ToList() ?? [];
    }

    private static bool IsWrapper(string program)
    {
        var name = Path.GetFileName(program);
        return Wrappers.Contains(name) || name.EndsWith("-entrypoint.sh", StringComparison.Ordinal);
    }

    /// <summary>True when the start command is the build toolchain itself, not an application it built (dotnet app.dll, go run, cargo run are applications).</summary>
    private static bool RunsBuildTool(IReadOnlyList<string> words)
    {
        var program = Path.GetFileName(words[0]);
        var first = words.Count > 1 ? words[1] : null;
        return program switch
        {
            "dotnet" => first is not "run" && !words.Skip(1).Any(w => w.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)),
            "go" or "cargo" => first is not "run",
            _ => BuildTools.Contains(program),
        };
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
