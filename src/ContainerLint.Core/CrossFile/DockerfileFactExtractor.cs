namespace ContainerLint.Core.CrossFile;

using System.Globalization;
using ContainerLint.Core.Dockerfile;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Rules;

/// <summary>Distils a Dockerfile into <see cref="DockerfileFacts"/>: who the built stage runs as and what it exposes.</summary>
public static class DockerfileFactExtractor
{
    public static FileFacts? Extract(DockerfileDocument document, LintInput input, RuleContext context)
    {
        var graph = document.GetStages(context);
        if (graph.Final is not { } final) return null;
        var chain = final.SelfAndBaseStages().ToList();
        return new DockerfileFacts(input.Path, input.FullPath, FinalUser(graph, chain), final.From.Span, ExposedPorts(graph, chain));
    }

    /// <summary>The last USER along the final stage's FROM chain; without one, what the base image is assumed to run as.</summary>
    private static ImageUser FinalUser(StageGraph graph, IReadOnlyList<Stage> chain)
    {
        foreach (var stage in chain)
        {
            var user = stage.OfKind(InstructionKind.User).LastOrDefault();
            if (user is null) continue;
            if (user.Arguments.Count == 0) return new ImageUser(ImageUserKind.Unknown, null, user.Span);
            var word = graph.ScopeAt(user).Expand(user.Arguments[0]);
            return new ImageUser(word.IsFullyResolved ? Classify(word.Value) : ImageUserKind.Unknown, word.Value, word.Span);
        }

        var root = chain[^1];
        return new ImageUser(BaseImageUser(root), null, root.BaseImage.Span);
    }

    /// <summary>Root for a user part of <c>root</c> or <c>0</c>, else numeric or named non-root.</summary>
    public static ImageUserKind Classify(string value)
    {
        var name = value.Split(':')[0].Trim();
        if (name.Length == 0) return ImageUserKind.Unknown;
        if (name == "root") return ImageUserKind.Root;
        if (long.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var uid)) return uid == 0 ? ImageUserKind.Root : ImageUserKind.NonRootNumeric;
        return ImageUserKind.NonRootName;
    }

    /// <summary>
    /// Without USER the container runs as the base image's user: root for almost every image, but
    /// images built to run unprivileged (<c>:nonroot</c>, chiseled, Chainguard, Bitnami) set their own.
    /// </summary>
    private static ImageUserKind BaseImageUser(Stage root)
    {
        if (root.IsScratch) return ImageUserKind.Root;
        if (root.Image is not { } image) return ImageUserKind.Unknown;
        var text = (image.FullName + ":" + image.Tag).ToLowerInvariant();
        string[] unprivileged = ["nonroot", "non-root", "rootless", "unprivileged", "chiseled"];
        if (unprivileged.Any(u => text.Contains(u, StringComparison.Ordinal))) return ImageUserKind.Unknown;
        if (image.Registry == "cgr.dev" || image.Repository.StartsWith("bitnami/", StringComparison.Ordinal)) return ImageUserKind.Unknown;
        return ImageUserKind.Root;
    }

    private static IReadOnlyList<DeclaredPort>? ExposedPorts(StageGraph graph, IReadOnlyList<Stage> chain)
    {
        var ports = new List<DeclaredPort>();
        foreach (var stage in chain)
        {
            foreach (var expose in stage.OfKind(InstructionKind.Expose))
            {
                var scope = graph.ScopeAt(expose);
                foreach (var argument in expose.Arguments)
                {
                    var word = scope.Expand(argument);
                    if (!word.IsFullyResolved || ParsePort(word.Value) is not { } port) return null;
                    ports.Add(port);
                }
            }
        }

        return ports;
    }

    /// <summary><c>80</c>, <c>80/tcp</c>, <c>8000-8010/udp</c>.</summary>
    private static DeclaredPort? ParsePort(string text)
    {
        var slash = text.IndexOf('/');
        var protocol = slash < 0 ? "tcp" : text[(slash + 1)..].ToLowerInvariant();
        var range = slash < 0 ? text : text[..slash];
        var dash = range.IndexOf('-');
        var fromText = dash < 0 ? range : range[..dash];
        var toText = dash < 0 ? range : range[(dash + 1)..];
        if (!int.TryParse(fromText, NumberStyles.None, CultureInfo.InvariantCulture, out var from)
            || !int.TryParse(toText, NumberStyles.None, CultureInfo.InvariantCulture, out var to) || to < from) return null;
        return new DeclaredPort(from, to, protocol);
    }
}
