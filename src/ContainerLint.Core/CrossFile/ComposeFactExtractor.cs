namespace ContainerLint.Core.CrossFile;

using ContainerLint.Core.Compose;
using ContainerLint.Core.Engine;
using ContainerLint.Core.Rules;
using ContainerLint.Core.Yaml;

/// <summary>Distils a Compose file into <see cref="ComposeFacts"/>: each service's image, local build and user.</summary>
public static class ComposeFactExtractor
{
    public static FileFacts? Extract(ComposeFile document, LintInput input, RuleContext context)
    {
        if (document.Services.Count == 0) return null;
        var services = document.Services.Select(s =>
        {
            var user = s.Node.GetScalar("user") is { IsNull: false } u ? u : null;
            return new ComposeServiceFacts(s.Name, s.Reference, s.NameNode.Span, s.Node.GetString("image"), Dockerfile(s.Node), user?.Value, user?.Span);
        });
        return new ComposeFacts(input.Path, input.FullPath, services.ToList()) { Images = input.CollectImages ? Images.ImageInventory.Of(document) : [] };
    }

    /// <summary>
    /// The Dockerfile of <c>build:</c> (short form: the context; long form: context + dockerfile,
    /// the latter relative to the context), relative to the Compose file; null for a remote
    /// context or an inline Dockerfile, which are not files of the linted set.
    /// </summary>
    private static string? Dockerfile(YamlMapping service)
    {
        string? contextPath;
        string? dockerfile = null;
        switch (service["build"])
        {
            case YamlScalar { IsNull: false } scalar:
                contextPath = scalar.Value;
                break;
            case YamlMapping build:
                if (build.Find("dockerfile_inline") is not null) return null;
                contextPath = build.GetString("context");
                dockerfile = build.GetString("dockerfile");
                break;
            default:
                return null;
        }

        contextPath ??= ".";
        if (contextPath.Contains("://", StringComparison.Ordinal) || contextPath.StartsWith("git@", StringComparison.Ordinal) || contextPath.Contains('$')) return null;
        if (dockerfile is not null && dockerfile.Contains('$')) return null;
        return PathKey.Combine(contextPath, dockerfile ?? "Dockerfile");
    }
}
