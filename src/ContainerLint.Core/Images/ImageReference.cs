namespace ContainerLint.Core.Images;

using System.Text.RegularExpressions;

/// <summary>
/// An image reference split per the distribution reference grammar
/// (<c>[domain/]path[:tag][@digest]</c>), with Docker Hub normalisation:
/// <c>nginx</c> is <c>docker.io/library/nginx</c>. Shared by Dockerfile, Kubernetes and Compose rules.
/// </summary>
/// <param name="Original">The text as written.</param>
/// <param name="Registry">Normalised registry host (<c>docker.io</c> for Docker Hub).</param>
/// <param name="Repository">Repository path inside the registry (<c>library/nginx</c>).</param>
/// <param name="Tag">Tag, or null when none was written.</param>
/// <param name="Digest">Digest (<c>sha256:…</c>), or null.</param>
public sealed partial record ImageReference(string Original, string Registry, string Repository, string? Tag, string? Digest)
{
    public const string DockerHub = "docker.io";

    /// <summary>Registry plus repository: <c>docker.io/library/nginx</c>.</summary>
    public string FullName => Registry + "/" + Repository;

    public bool HasDigest => Digest is not null;

    /// <summary>No tag and no digest: the engine pulls <c>:latest</c>.</summary>
    public bool IsUntagged => Tag is null && Digest is null;

    /// <summary>Tagged <c>latest</c> explicitly (a digest beside it still pins the content, so it does not count).</summary>
    public bool IsLatestTag => Digest is null && string.Equals(Tag, "latest", StringComparison.Ordinal);

    /// <summary>The content may change under the same name: untagged or <c>:latest</c> without a digest.</summary>
    public bool IsMutableLatest => IsUntagged || IsLatestTag;

    /// <summary>
    /// Parses a reference. Returns null when the text is not a valid reference, or holds a variable
    /// (<c>$VAR</c>, <c>${VAR}</c>) or template (<c>{{ }}</c>) whose value is not known here.
    /// </summary>
    public static ImageReference? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var original = text;
        text = text.Trim();
        if (text.Contains('$') || text.Contains("{{", StringComparison.Ordinal)) return null;

        string? digest = null;
        var at = text.IndexOf('@');
        if (at >= 0)
        {
            digest = text[(at + 1)..];
            text = text[..at];
            if (!DigestPattern().IsMatch(digest)) return null;
        }

        string? tag = null;
        var lastSlash = text.LastIndexOf('/');
        var colon = text.LastIndexOf(':');
        if (colon > lastSlash)
        {
            tag = text[(colon + 1)..];
            text = text[..colon];
            if (!TagPattern().IsMatch(tag)) return null;
        }

        if (text.Length == 0) return null;
        string registry;
        string repository;
        var firstSlash = text.IndexOf('/');
        var first = firstSlash < 0 ? "" : text[..firstSlash];
        if (firstSlash >= 0 && (first.Contains('.') || first.Contains(':') || first == "localhost" || first.Any(char.IsUpper)))
        {
            registry = first;
            repository = text[(firstSlash + 1)..];
        }
        else
        {
            registry = DockerHub;
            repository = text;
        }

        if (registry is "index.docker.io" or "registry-1.docker.io" or "registry.hub.docker.com") registry = DockerHub;
        if (registry == DockerHub && !repository.Contains('/')) repository = "library/" + repository;
        if (!RepositoryPattern().IsMatch(repository)) return null;
        return new ImageReference(original, registry.ToLowerInvariant(), repository, tag, digest);
    }

    /// <summary>
    /// Whether the image comes from one of <paramref name="trusted"/> entries. An entry is a registry
    /// host (<c>mcr.microsoft.com</c>) or a registry/path prefix (<c>docker.io/library</c>,
    /// <c>ghcr.io/acme/</c>); it matches at path-component boundaries only, so <c>ghcr.io/acme</c>
    /// does not trust <c>ghcr.io/acme-evil/x</c>. An empty list trusts everything.
    /// </summary>
    public bool IsFromTrustedRegistry(IReadOnlyList<string> trusted)
    {
        if (trusted.Count == 0) return true;
        var full = FullName;
        foreach (var raw in trusted)
        {
            var entry = raw.Trim().TrimEnd('/');
            if (entry.Length == 0) continue;
            if (entry.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) entry = entry[8..];
            var slash = entry.IndexOf('/');
            var host = (slash < 0 ? entry : entry[..slash]).ToLowerInvariant();
            if (host is "index.docker.io" or "registry-1.docker.io" or "hub.docker.com") host = DockerHub;
            var normalised = slash < 0 ? host : host + entry[slash..];
            if (string.Equals(full, normalised, StringComparison.Ordinal)
                || full.StartsWith(normalised + "/", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$")]
    private static partial Regex DigestPattern();

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")]
    private static partial Regex TagPattern();

    [GeneratedRegex("^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$")]
    private static partial Regex RepositoryPattern();
}
