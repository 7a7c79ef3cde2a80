namespace ContainerLint.Core.Images;

using ContainerLint.Core.Text;

/// <summary>One <c>allowedImages</c> entry, normalised as image references are (<c>alpine:3.*</c> is <c>docker.io/library/alpine:3.*</c>).</summary>
/// <param name="Written">The entry as written.</param>
/// <param name="Normalized">The pattern the images are matched against.</param>
/// <param name="MatchesTag">True when the pattern names a tag or digest (<c>:3.*</c>, <c>@sha256:*</c>): it is matched against the whole reference, else against the name alone.</param>
public sealed record AllowedImagePattern(string Written, string Normalized, bool MatchesTag)
{
    private readonly WildcardPattern _compiled = WildcardPattern.Compile(Normalized);

    public bool Matches(ImageReference image)
    {
        if (!MatchesTag) return _compiled.IsMatch(image.FullName);
        var full = image.FullName + (image.Tag is { } tag ? ":" + tag : "") + (image.Digest is { } digest ? "@" + digest : "");
        if (_compiled.IsMatch(full)) return true;
        // A pattern with a tag also allows the tagged reference pinned by digest (alpine:3.21@sha256:…).
        return image.Digest is not null && image.Tag is { } t && _compiled.IsMatch(image.FullName + ":" + t);
    }

    /// <summary>
    /// Reads an entry: <c>[registry/]repository[:tag][@digest]</c> where <c>*</c> and <c>?</c> are wildcards (matched by the
    /// linear <see cref="WildcardPattern"/>; <c>*</c> also crosses <c>/</c>). Returns null and says why for anything else.
    /// </summary>
    public static AllowedImagePattern? TryParse(string written, out string? error)
    {
        var text = written.Trim();
        error = null;
        if (text.Length == 0) error = "an empty image pattern";
        else if (text.Contains("://", StringComparison.Ordinal)) error = $"'{text}': an image pattern has no scheme (write mcr.microsoft.com/dotnet/*)";
        else if (text.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '/' or ':' or '@' or '*' or '?')))
            error = $"'{text}': an image pattern holds only registry, repository, tag and digest characters and the wildcards * and ?";
        else if (text.Count(c => c == '@') > 1 || text.StartsWith('/') || text.EndsWith('/') || text.Contains("//", StringComparison.Ordinal))
            error = $"'{text}' is not an image reference pattern ([registry/]repository[:tag][@digest])";
        if (error is not null) return null;

        var at = text.IndexOf('@');
        var name = at < 0 ? text : text[..at];
        var lastSlash = name.LastIndexOf('/');
        var colon = name.LastIndexOf(':');
        var matchesTag = at >= 0 || colon > lastSlash;
        var repositoryPart = colon > lastSlash ? name[..colon] : name;
        var rest = text[repositoryPart.Length..];
        if (repositoryPart.Length == 0)
        {
            error = $"'{text}' names no repository";
            return null;
        }

        // Normalise as ImageReference does: a first component without '.', ':' or "localhost" is a Docker Hub path.
        var firstSlash = repositoryPart.IndexOf('/');
        var first = firstSlash < 0 ? "" : repositoryPart[..firstSlash];
        string registry, repository;
        if (firstSlash >= 0 && (first.Contains('.') || first.Contains(':') || first == "localhost"))
        {
            registry = first.ToLowerInvariant();
            repository = repositoryPart[(firstSlash + 1)..];
        }
        else if (firstSlash < 0 && repositoryPart == "*")
        {
            // "*" alone allows every image of every registry.
            return new AllowedImagePattern(written, "*" + rest, matchesTag);
        }
        else
        {
            registry = ImageReference.DockerHub;
            repository = repositoryPart;
        }

        if (registry is "index.docker.io" or "registry-1.docker.io" or "registry.hub.docker.com") registry = ImageReference.DockerHub;
        if (registry == ImageReference.DockerHub && !repository.Contains('/') && !repository.StartsWith('*')) repository = "library/" + repository;
        return new AllowedImagePattern(written, registry + "/" + repository + rest, matchesTag);
    }
}

/// <summary>One <c>allowedRegistries</c> entry: a registry host (<c>mcr.microsoft.com</c>, <c>registry.example.com:5000</c>), wildcards allowed (<c>*.azurecr.io</c>).</summary>
public sealed record AllowedRegistry(string Written, string Host)
{
    private readonly WildcardPattern _compiled = WildcardPattern.Compile(Host);

    public bool Matches(ImageReference image) => _compiled.IsMatch(image.Registry);

    public static AllowedRegistry? TryParse(string written, out string? error)
    {
        var text = written.Trim();
        if (text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) text = text[8..];
        error = null;
        if (text.Length == 0) error = "an empty registry";
        else if (text.Contains('/', StringComparison.Ordinal)) error = $"'{written.Trim()}': a registry is a host (and port), without a path; allow a path with allowedImages: {text.TrimEnd('/')}/*";
        else if (text.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or ':' or '*' or '?'))) error = $"'{text}' is not a registry host";
        if (error is not null) return null;
        var host = text.ToLowerInvariant();
        if (host is "index.docker.io" or "registry-1.docker.io" or "registry.hub.docker.com" or "hub.docker.com") host = ImageReference.DockerHub;
        return new AllowedRegistry(written, host);
    }
}

/// <summary>
/// The organisation's list of images (<c>allowedImages</c>) and registries (<c>allowedRegistries</c>) from
/// <c>.containerlint.yaml</c>. An image is allowed when it matches one pattern or comes from one registry; with neither list
/// set (<see cref="None"/>) every image is, and the allowed-images rules say nothing.
/// </summary>
public sealed record AllowedImages(IReadOnlyList<AllowedImagePattern> Images, IReadOnlyList<AllowedRegistry> Registries)
{
    public static AllowedImages None { get; } = new([], []);

    public bool IsSet => Images.Count > 0 || Registries.Count > 0;

    public bool Allows(ImageReference image) =>
        !IsSet || Images.Any(p => p.Matches(image)) || Registries.Any(r => r.Matches(image));

    /// <summary>
    /// The findings of the allowed-images rules over a file's images (<see cref="ImageInventory"/>): one per resolved, valid
    /// reference the lists do not allow, on the reference itself. Nothing when neither list is set; an unresolved variable or
    /// template never produces a finding.
    /// </summary>
    public static IEnumerable<Rules.RuleHit> Outside(Func<IEnumerable<ImageUse>> uses, Configuration.LintConfiguration configuration)
    {
        // The inventory is built only when a list is set: the rules are on by default and silent without one.
        var allowed = configuration.AllowedImages;
        if (!allowed.IsSet) yield break;
        foreach (var use in uses())
        {
            if (use.Image is not { } image || allowed.Allows(image)) continue;
            yield return new Rules.RuleHit(use.Span, use.Resolved!.Trim(), image.FullName, allowed.Describe()) { Object = use.Object, Container = use.Container };
        }
    }

    /// <summary>The lists as the message shows them (first few entries).</summary>
    public string Describe()
    {
        var entries = Images.Select(p => p.Written.Trim()).Concat(Registries.Select(r => r.Written.Trim() + " (registry)")).ToList();
        return string.Join(", ", entries.Take(5)) + (entries.Count > 5 ? $", … ({entries.Count} entries)" : "");
    }
}
