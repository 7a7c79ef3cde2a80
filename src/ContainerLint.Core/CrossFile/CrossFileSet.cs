namespace ContainerLint.Core.CrossFile;

using ContainerLint.Core.Images;

/// <summary>
/// The facts of every file of one run, indexed for joins: Dockerfiles by location, and images built
/// from them (the <c>image:</c> beside a Compose <c>build:</c>). Built once, read by every cross-file rule.
/// </summary>
public sealed class CrossFileSet
{
    private readonly Dictionary<string, BuiltImageFacts> _dockerfiles;
    private readonly Dictionary<string, List<(ComposeFacts Compose, BuiltImageFacts Dockerfile)>> _builtImages = new(StringComparer.Ordinal);

    public CrossFileSet(IReadOnlyList<FileFacts> files)
    {
        Files = files;
        _dockerfiles = new Dictionary<string, BuiltImageFacts>(PathKey.Comparer);
        foreach (var d in files.OfType<BuiltImageFacts>()) _dockerfiles.TryAdd(d.Location, d);
        foreach (var compose in files.OfType<ComposeFacts>())
        {
            foreach (var service in compose.Services)
            {
                if (service.Image is not { } image || DockerfileFor(compose, service) is not { } dockerfile) continue;
                var key = ImageKey(image);
                (_builtImages.TryGetValue(key, out var builds) ? builds : _builtImages[key] = []).Add((compose, dockerfile));
            }
        }
    }

    public IReadOnlyList<FileFacts> Files { get; }

    public IEnumerable<T> OfType<T>() where T : FileFacts => Files.OfType<T>();

    /// <summary>The linted Dockerfile at <paramref name="relative"/> from the folder of <paramref name="from"/>, or null.</summary>
    public BuiltImageFacts? Dockerfile(FileFacts from, string relative) =>
        _dockerfiles.GetValueOrDefault(PathKey.Combine(from.Folder, relative));

    /// <summary>The linted Dockerfile a Compose service builds, or null.</summary>
    public BuiltImageFacts? DockerfileFor(ComposeFacts file, ComposeServiceFacts service) =>
        service.Dockerfile is { } path ? Dockerfile(file, path) : null;

    /// <summary>The linted Dockerfile a container's image comes from: its annotation first, else an image built by a Compose service.</summary>
    public BuiltImageFacts? DockerfileFor(KubernetesFacts file, ContainerFacts container)
    {
        if (container.Dockerfile is { } annotated) return Dockerfile(file, annotated);
        if (container.Image is not { } image || !_builtImages.TryGetValue(ImageKey(image), out var builds)) return null;

        // Several Compose files may build the same name (samples, environments): the one nearest the manifest wins, then file order.
        return builds.MaxBy(b => SharedFolders(b.Compose.Folder, file.Folder)).Dockerfile;
    }

    /// <summary>How many leading folder names two folders share.</summary>
    private static int SharedFolders(string a, string b)
    {
        var x = a.Split('/');
        var y = b.Split('/');
        var n = 0;
        while (n < x.Length && n < y.Length && PathKey.Comparer.Equals(x[n], y[n])) n++;
        return n;
    }

    /// <summary>Every container whose image is built from a linted Dockerfile, with that Dockerfile.</summary>
    public IEnumerable<(KubernetesFacts File, ContainerFacts Container, BuiltImageFacts Dockerfile)> ContainersBuiltHere()
    {
        foreach (var file in OfType<KubernetesFacts>())
        {
            foreach (var c in file.Containers)
            {
                if (DockerfileFor(file, c) is { } dockerfile) yield return (file, c, dockerfile);
            }
        }
    }

    /// <summary>Registry and repository without tag or digest: a build of that repository is the same Dockerfile whatever the tag.</summary>
    private static string ImageKey(string image) => ImageReference.TryParse(image)?.FullName ?? image.Trim();
}
