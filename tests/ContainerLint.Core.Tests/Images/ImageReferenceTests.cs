namespace ContainerLint.Core.Tests.Images;

using ContainerLint.Core.Images;

public sealed class ImageReferenceTests
{
    [Theory]
    [InlineData("nginx", "docker.io", "library/nginx", null, null)]
    [InlineData("nginx:1.27", "docker.io", "library/nginx", "1.27", null)]
    [InlineData("bitnami/redis:7", "docker.io", "bitnami/redis", "7", null)]
    [InlineData("docker.io/nginx", "docker.io", "library/nginx", null, null)]
    [InlineData("index.docker.io/library/nginx:latest", "docker.io", "library/nginx", "latest", null)]
    [InlineData("localhost:5000/app:v1", "localhost:5000", "app", "v1", null)]
    [InlineData("localhost/app", "localhost", "app", null, null)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:10.0", "mcr.microsoft.com", "dotnet/aspnet", "10.0", null)]
    [InlineData("registry.k8s.io/pause", "registry.k8s.io", "pause", null, null)]
    [InlineData("ghcr.io/acme/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "ghcr.io", "acme/app", null, "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("ghcr.io/acme/app:1.0@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "ghcr.io", "acme/app", "1.0", "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    public void SplitsPerTheDistributionGrammar(string text, string registry, string repository, string? tag, string? digest)
    {
        var reference = ImageReference.TryParse(text);
        Assert.NotNull(reference);
        Assert.Equal(registry, reference.Registry);
        Assert.Equal(repository, reference.Repository);
        Assert.Equal(tag, reference.Tag);
        Assert.Equal(digest, reference.Digest);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Nginx:1")]
    [InlineData("app:bad tag")]
    [InlineData("app@sha256:short")]
    [InlineData("${IMAGE}")]
    [InlineData("repo/{{ .Values.tag }}")]
    public void RejectsInvalidOrUnresolvedReferences(string text) => Assert.Null(ImageReference.TryParse(text));

    [Theory]
    [InlineData("nginx", true, false)]
    [InlineData("nginx:latest", false, true)]
    [InlineData("nginx:1.27", false, false)]
    [InlineData("nginx:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", false, false)]
    public void DetectsLatestAndUntagged(string text, bool untagged, bool latest)
    {
        var reference = ImageReference.TryParse(text)!;
        Assert.Equal(untagged, reference.IsUntagged);
        Assert.Equal(latest, reference.IsLatestTag);
        Assert.Equal(untagged || latest, reference.IsMutableLatest);
    }

    [Theory]
    [InlineData("nginx:1", "docker.io/library", true)]
    [InlineData("bitnami/redis:7", "docker.io/library", false)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:10.0", "mcr.microsoft.com", true)]
    [InlineData("ghcr.io/acme-evil/x:1", "ghcr.io/acme", false)]
    [InlineData("ghcr.io/acme/x:1", "ghcr.io/acme/", true)]
    [InlineData("nginx:1", "index.docker.io", true)]
    public void MatchesTrustedRegistriesAtComponentBoundaries(string text, string trusted, bool expected) =>
        Assert.Equal(expected, ImageReference.TryParse(text)!.IsFromTrustedRegistry([trusted]));

    [Fact]
    public void AnEmptyTrustListTrustsEverything() => Assert.True(ImageReference.TryParse("evil.example/x")!.IsFromTrustedRegistry([]));
}
