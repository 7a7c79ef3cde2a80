namespace ContainerLint.Core.DotNetSdk;

/// <summary>
/// Minimal parse of an image reference (<c>[registry/]repository[:tag][@digest]</c>) for the
/// CL4xxx rules. Interim: to be replaced by the shared ContainerLint.Core.Images.ImageReference
/// once it is merged.
/// </summary>
internal sealed record SdkImageReference(string Registry, string Repository, string? Tag, string? Digest)
{
    public const string DockerHub = "docker.io";

    /// <summary>Registry and repository as one name, e.g. <c>mcr.microsoft.com/dotnet/aspnet</c>.</summary>
    public string FullName => Registry + "/" + Repository;

    public bool IsMicrosoftDotNetImage =>
        Registry.Equals("mcr.microsoft.com", StringComparison.OrdinalIgnoreCase)
        && Repository.StartsWith("dotnet/", StringComparison.OrdinalIgnoreCase);

    public static SdkImageReference? Parse(string text)
    {
        var value = text.Trim();
        if (value.Length == 0 || value.Any(char.IsWhiteSpace)) return null;
        string? digest = null;
        var at = value.IndexOf('@');
        if (at >= 0)
        {
            digest = value[(at + 1)..];
            value = value[..at];
        }

        string? tag = null;
        var lastSlash = value.LastIndexOf('/');
        var colon = value.LastIndexOf(':');
        if (colon > lastSlash)
        {
            tag = value[(colon + 1)..];
            value = value[..colon];
        }

        if (value.Length == 0) return null;
        var firstSlash = value.IndexOf('/');
        var first = firstSlash < 0 ? "" : value[..firstSlash];
        // As in Docker: the first component is a registry only when it looks like a host.
        var hasRegistry = firstSlash > 0 && (first.Contains('.') || first.Contains(':') || first == "localhost");
        var registry = hasRegistry ? first : DockerHub;
        var repository = hasRegistry ? value[(firstSlash + 1)..] : value;
        if (!hasRegistry && !repository.Contains('/')) repository = "library/" + repository;
        return new SdkImageReference(registry.ToLowerInvariant(), repository, tag, digest);
    }

    /// <summary>Whether the image comes from one of the trusted registries (host, or host/path prefix).</summary>
    public bool IsFrom(IEnumerable<string> trusted)
    {
        foreach (var entry in trusted)
        {
            var t = entry.Trim().TrimEnd('/');
            if (t.Length == 0) continue;
            if (t.Equals(Registry, StringComparison.OrdinalIgnoreCase)) return true;
            if (FullName.StartsWith(t + "/", StringComparison.OrdinalIgnoreCase) || FullName.Equals(t, StringComparison.OrdinalIgnoreCase)) return true;
            if (Registry == DockerHub && (t.Equals("index.docker.io", StringComparison.OrdinalIgnoreCase) || t.Equals("registry-1.docker.io", StringComparison.OrdinalIgnoreCase))) return true;
        }

        return false;
    }
}
